using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Features.Boards.Live;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// The slides of one screen shape for a hall profile, with the same fit the live kiosk uses. All five boards
/// are laid out (those outside the profile's rotation marked so), so that a screen pinned with ?board= shows
/// its board as the live kiosk does; hall.js rotates among the rotated ones.
/// </summary>
public sealed record HallArrangement(string Orientation, KioskFit Fit, IReadOnlyList<KioskSlide> Slides)
{
    private static readonly BoardKind[] EveryBoard = Enum.GetValues<BoardKind>();

    /// <summary>
    /// A static render cannot ask the screen its size, so an Auto profile is laid out twice, for landscape and
    /// portrait (4K is the landscape layout at zoom 2), and hall.js keeps the slides of the screen's own shape.
    /// A profile with a fixed Orientation is laid out once ("any"), for its design size.
    /// </summary>
    public static IReadOnlyList<HallArrangement> For(KioskProfile profile, LiveBoard data)
    {
        IEnumerable<(string Orientation, KioskLayout Layout)> layouts = profile.Orientation == KioskOrientation.Auto
            ? [("landscape", KioskLayout.For(profile, 1920, 1080)), ("portrait", KioskLayout.For(profile, 1080, 1920))]
            : [("any", KioskLayout.For(profile))];
        return layouts.Select(l =>
        {
            var fit = KioskFit.Of(profile, l.Layout, data.Board, data.Notices, data.Trend);
            return new HallArrangement(l.Orientation, fit, KioskPage.SlidesFor(EveryBoard, fit));
        }).ToList();
    }

    /// <summary>A slide's name in the frame: shape, board and page ("portrait/Units/2"); hall.js keeps unchanged slides by it.</summary>
    public string KeyOf(KioskSlide slide) => $"{Orientation}/{slide.Board}/{slide.Page}";
}
