using ScreenBoard.Domain.Escalation;

namespace ScreenBoard.Domain.Boards;

/// <summary>Which notices a screen shows, decided once (docs/decisions/011).</summary>
public static class Ladder
{
    /// <summary>
    /// The escalation board (督查问责): who is on the ladder now. Open notices only, per step in ladder order (every
    /// step present), the nearest fix deadline (or the longest overdue) first.
    /// </summary>
    public static IReadOnlyList<(LadderStep Step, IReadOnlyList<NoticeRow> Notices)> OpenByStep(IEnumerable<NoticeRow> notices)
    {
        var open = notices.Where(n => n.IsOpen).OrderBy(n => n.DaysLeft).ThenBy(n => n.NoticeId).ToList();
        return Enum.GetValues<LadderStep>()
            .Select(step => (step, (IReadOnlyList<NoticeRow>)open.Where(n => n.Step == step).ToList()))
            .ToList();
    }

    /// <summary>
    /// A unit's ladder history in its drill-down: every notice of the year up to the date, open and
    /// resolved, because every step of each still counts in the unit's deductions. Open ones first
    /// (highest step, then nearest deadline), then resolved ones, latest resolution first.
    /// </summary>
    public static IReadOnlyList<NoticeRow> OfUnit(IEnumerable<NoticeRow> notices, int unitId) => notices
        .Where(n => n.UnitId == unitId)
        .OrderByDescending(n => n.IsOpen)
        .ThenByDescending(n => n.Step)
        .ThenBy(n => n.IsOpen ? n.DaysLeft : 0)
        .ThenByDescending(n => n.ResolvedOn)
        .ThenBy(n => n.NoticeId)
        .ToList();
}
