using Microsoft.AspNetCore.Components;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Features.Boards.Live;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// Every slide of every board for one profile, with the same board components the live kiosk uses.
/// All five boards are rendered (those outside the profile's rotation marked so), so that a screen pinned
/// with ?board= shows its board as the live kiosk does; hall.js rotates among the rotated ones.
/// </summary>
public sealed partial class HallSlides
{
    private static readonly BoardKind[] EveryBoard = Enum.GetValues<BoardKind>();

    /// <summary>The data every screen of the profile shows.</summary>
    [Parameter, EditorRequired] public required LiveBoard Data { get; set; }

    /// <summary>The profile: page sizes, rotation, statuses shown.</summary>
    [Parameter, EditorRequired] public required KioskProfile Profile { get; set; }

    private IReadOnlyList<Arrangement> _arrangements = [];

    /// <summary>
    /// A static render cannot ask the screen its size, so an Auto profile is laid out twice, for landscape and
    /// portrait (4K is the landscape layout at zoom 2), and hall.js shows the slides of the screen's own shape.
    /// A profile with a fixed Orientation is laid out once, for its design size.
    /// </summary>
    protected override void OnParametersSet()
    {
        IEnumerable<(string Orientation, KioskLayout Layout)> layouts = Profile.Orientation == KioskOrientation.Auto
            ? [("landscape", KioskLayout.For(Profile, 1920, 1080)), ("portrait", KioskLayout.For(Profile, 1080, 1920))]
            : [("any", KioskLayout.For(Profile))];
        _arrangements = layouts.Select(l =>
        {
            var fit = KioskFit.Of(Profile, l.Layout, Data.Board, Data.Notices, Data.Trend);
            return new Arrangement(l.Orientation, fit, KioskPage.SlidesFor(EveryBoard, fit));
        }).ToList();
    }

    private sealed record Arrangement(string Orientation, KioskFit Fit, IReadOnlyList<KioskSlide> Slides);
}
