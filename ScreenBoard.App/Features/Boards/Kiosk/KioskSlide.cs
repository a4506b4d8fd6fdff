using Microsoft.Extensions.Localization;
using ScreenBoard.App.Features.Boards.Components;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>One step of a kiosk's rotation: a board, or one page of a long board.</summary>
public readonly record struct KioskSlide(BoardKind Board, int Page, int Pages)
{
    /// <summary>The header's title: the board's name, and "（2/3）" on a long board.</summary>
    public string Title(IStringLocalizer localizer) => localizer.Name(Board) + (Pages > 1 ? $"（{Page + 1}/{Pages}）" : null);
}
