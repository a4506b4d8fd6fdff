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

    private IReadOnlyList<KioskSlide> Slides => KioskPage.SlidesFor(Profile, EveryBoard, Data.Board);
}
