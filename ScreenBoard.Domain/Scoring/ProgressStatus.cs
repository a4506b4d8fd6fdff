namespace ScreenBoard.Domain.Scoring;

/// <summary>A task's status on a date (docs/scoring.md §3); each has a flag (挂旗) in the legend.</summary>
public enum ProgressStatus
{
    /// <summary>The date is before the task's start; not scored.</summary>
    NotStarted = 0,

    /// <summary>按期完成: completed on or before the deadline.</summary>
    CompletedOnTime = 1,

    /// <summary>逾期完成: completed after the deadline.</summary>
    CompletedLate = 2,

    /// <summary>逾期: past the deadline and not completed.</summary>
    Overdue = 3,

    /// <summary>超序时: ahead of the time-based schedule.</summary>
    Ahead = 4,

    /// <summary>滞后: behind the time-based schedule by more than the tolerance.</summary>
    Lagging = 5,

    /// <summary>序时: on schedule.</summary>
    OnSchedule = 6,
}
