using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>What the build says of its own settings, in both languages.</summary>
public static class BuildMessages
{
    public static Message NotSecondsSinceEpoch(string variable, string value) => new(
        $"{variable} is '{value}', not a number of seconds since 1970-01-01 UTC; unset it or set it to a time such as 1767225600",
        $"{variable} je '{value}', což není počet sekund od 1970-01-01 UTC; zrušte tuto proměnnou, nebo ji nastavte na čas, např. 1767225600");
}
