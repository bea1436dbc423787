using Publisher.Core.Czech;

namespace Publisher.Tests.Support;

/// <summary>
/// Rendered text with the non-breaking spaces of Czech typesetting (<see cref="CzechTypography"/>) read as plain
/// spaces, for tests about something else than where a line may break. In markup they may also be the entity
/// <c>&amp;nbsp;</c>, as the sanitiser of bodies with HTML writes them.
/// </summary>
public static class Typeset
{
    public static string Untied(string? text) => (text ?? "").Replace(CzechTypography.NonBreakingSpace, ' ').Replace("&nbsp;", " ");
}
