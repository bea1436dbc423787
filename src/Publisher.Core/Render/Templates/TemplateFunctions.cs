using Publisher.Core.Czech;
using Publisher.Core.Model;
using Publisher.Core.Theming;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// Formatting functions available to every template (Scriban names them in snake_case: <c>date_cs</c>, <c>plural</c>, …).
/// They format model values; they never build markup, except <see cref="Raw"/>, the one explicit way to output HTML.
/// </summary>
public static class TemplateFunctions
{
    /// <summary>The functions by the names the templates call them.</summary>
    public static IReadOnlyDictionary<string, TemplateFunction> All { get; } = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal)
    {
        ["date_cs"] = TemplateFunction.Of("date_cs", DateCs),
        ["time_cs"] = TemplateFunction.Of("time_cs", TimeCs),
        ["iso_date"] = TemplateFunction.Of("iso_date", IsoDate),
        // Titles as text: "Jednání v Žatci" keeps "v" with "Žatci" (CzechTypography); not for attributes.
        ["typo_cs"] = TemplateFunction.OfText("typo_cs", CzechTypography.Tie),
        ["raw"] = TemplateFunction.Of("raw", Raw),
        ["fill"] = new("fill", 3, (context, _, values) =>
            UiTexts.Fill(context.ObjectToString(values[0]) ?? "", (context.ObjectToString(values[1]) ?? "", values[2]))),
        ["plural"] = new("plural", 4, (context, caller, values) => Plural(
            context.ToInt(caller, values[0]),
            context.ObjectToString(values[1]) ?? "",
            context.ObjectToString(values[2]) ?? "",
            context.ObjectToString(values[3]) ?? "")),
    };

    /// <summary>"4. března 2022".</summary>
    public static string DateCs(object? value) => value switch
    {
        DateOnly date => CzechCulture.FormatDate(date),
        MeetingTime meeting => CzechCulture.FormatDate(meeting.Date),
        _ => string.Empty,
    };

    /// <summary>"14:00".</summary>
    public static string TimeCs(object? value) => value switch
    {
        TimeOnly time => CzechCulture.FormatTime(time),
        MeetingTime { Time: { } time } => CzechCulture.FormatTime(time),
        _ => string.Empty,
    };

    /// <summary>Machine-readable date (and time) for <c>&lt;time datetime&gt;</c>.</summary>
    public static string IsoDate(object? value) => value switch
    {
        DateOnly date => IsoText.Date(date),
        MeetingTime meeting => IsoText.Meeting(meeting, "T"),
        _ => string.Empty,
    };

    /// <summary>Czech plural forms: 1 dokument, 2–4 dokumenty, 0 and 5+ dokumentů.</summary>
    public static string Plural(int count, string one, string few, string many) =>
        $"{count.ToString(CzechCulture.Culture)} {(count == 1 ? one : count is >= 2 and <= 4 ? few : many)}";

    /// <summary>Outputs trusted markup without encoding. Use only for HTML the build itself produced.</summary>
    public static RawHtml Raw(object? html) => html as RawHtml ?? new RawHtml(html?.ToString() ?? string.Empty);
}
