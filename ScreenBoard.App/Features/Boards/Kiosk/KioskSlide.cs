using ScreenBoard.App.Features.Boards.Components;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>One step of a kiosk's rotation: a board, or one page of a long board.</summary>
public readonly record struct KioskSlide(BoardKind Board, int Page, int Pages);
