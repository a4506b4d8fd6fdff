using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>The order every screen lists tasks in: what needs attention first.</summary>
public static class TaskUrgency
{
    private static readonly ProgressStatus[] AttentionOrder =
    [
        ProgressStatus.Overdue, ProgressStatus.Lagging, ProgressStatus.OnSchedule, ProgressStatus.Ahead,
        ProgressStatus.NotStarted, ProgressStatus.CompletedLate, ProgressStatus.CompletedOnTime,
    ];

    /// <summary>Overdue, then lagging, …, completed on time last; within a status the furthest behind first, then by code.</summary>
    public static IOrderedEnumerable<TaskRow> MostUrgentFirst(IEnumerable<TaskRow> tasks) => tasks
        .OrderBy(t => Array.IndexOf(AttentionOrder, t.Status))
        .ThenBy(t => t.Actual - t.Expected)
        .ThenBy(t => t.Code, StringComparer.Ordinal);
}
