using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>The static page of a broadcast kiosk profile, around the profile's current <see cref="HallFrame"/>.</summary>
public sealed partial class HallPage
{
    /// <summary>The profile's name (Kiosk:Profiles:{name}).</summary>
    [Parameter, EditorRequired] public required string ProfileName { get; set; }

    /// <summary>The board as every screen of the profile shows it now.</summary>
    [Parameter, EditorRequired] public required HallFrame Frame { get; set; }

    [Inject] private IOptions<KioskOptions> Options { get; set; } = null!;

    [Inject] private OfficeClock Clock { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    private KioskProfile Profile => Options.Value.Profiles[ProfileName];

    private string RootStyle => string.Create(CultureInfo.InvariantCulture, $"--kiosk-scale:{Profile.Scale};--drift:{Options.Value.DriftPixels}px");

    private string StreamPath => KioskRoutes.Profile(ProfileName).TrimStart('/') + "/stream";

    private long ReloadIn => KioskReload.MillisecondsUntilQuietHour(Clock.Now, Options.Value.QuietHour);
}
