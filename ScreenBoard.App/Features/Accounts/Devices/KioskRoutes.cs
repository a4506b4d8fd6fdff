namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>The routes a screen uses.</summary>
public static class KioskRoutes
{
    public const string Kiosk = "/kiosk";

    /// <summary>Where a screen without a credential waits, showing its pairing code.</summary>
    public const string Pair = "/kiosk/pair";

    /// <summary>The plain HTTP endpoint that hands an approved screen its cookie.</summary>
    public const string Claim = "/kiosk/pair/claim";

    public static string Profile(string profile) => $"{Kiosk}/{Uri.EscapeDataString(profile)}";

    public static string ClaimFor(string code, string claimKey) =>
        $"{Claim}?code={Uri.EscapeDataString(code)}&key={Uri.EscapeDataString(claimKey)}";
}
