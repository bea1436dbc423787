using Publisher.Core.Diagnostics;

namespace Publisher.Core.Czech;

/// <summary>What the Czech formatting says of the machine it runs on, in both languages.</summary>
public static class CzechMessages
{
    public static Message CultureUnavailable { get; } = new(
        "Czech culture data is not available (ICU is missing or globalisation is invariant); install libicu and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.",
        "Chybí data české lokalizace (není nainstalováno ICU, nebo je globalizace vypnutá); nainstalujte libicu a zrušte proměnnou DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.");
}
