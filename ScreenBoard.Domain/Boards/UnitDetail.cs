namespace ScreenBoard.Domain.Boards;

/// <summary>A unit's drill-down, the same on /units/{code} and on a kiosk: its row, the tasks it leads, its ladder history.</summary>
/// <param name="Unit">Its score row.</param>
/// <param name="Tasks">The tasks it leads, most urgent first.</param>
/// <param name="Notices">Its notices by <see cref="Ladder.OfUnit"/>.</param>
public sealed record UnitDetail(UnitRow Unit, IReadOnlyList<TaskRow> Tasks, IReadOnlyList<NoticeRow> Notices)
{
    /// <summary>The drill-down of the unit with this code (any case); null when the board has none.</summary>
    public static UnitDetail? For(Board board, IReadOnlyList<NoticeRow> notices, string? code)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(notices);
        var unit = board.Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        return unit is null ? null : new UnitDetail(unit, board.TasksLedBy(unit.UnitId), Ladder.OfUnit(notices, unit.UnitId));
    }
}
