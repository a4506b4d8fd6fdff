namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>The boards a screen can show; kiosk profiles list them by these names.</summary>
public enum BoardKind
{
    Overview = 0,
    Units = 1,
    Tasks = 2,
    Escalation = 3,
    Trend = 4,
}
