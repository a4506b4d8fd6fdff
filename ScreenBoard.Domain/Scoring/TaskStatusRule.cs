namespace ScreenBoard.Domain.Scoring;

/// <summary>Status and flag (挂旗) of a task on a date (docs/scoring.md §3): the first rule that matches.</summary>
public static class TaskStatusRule
{
    /// <param name="asOf">E.</param>
    /// <param name="schedule">S and D.</param>
    /// <param name="expected">X on E.</param>
    /// <param name="actual">A on E.</param>
    /// <param name="completedOn">C: the earliest accepted 100 % report on or before E.</param>
    /// <param name="rules">The margins.</param>
    public static ProgressStatus Of(DateOnly asOf, TaskSchedule schedule, decimal expected, decimal actual, DateOnly? completedOn, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(rules);
        if (asOf < schedule.Start)
        {
            return ProgressStatus.NotStarted;
        }

        if (completedOn is { } completed)
        {
            return completed <= schedule.Deadline ? ProgressStatus.CompletedOnTime : ProgressStatus.CompletedLate;
        }

        if (asOf > schedule.Deadline)
        {
            return ProgressStatus.Overdue;
        }

        return AgainstSchedule(expected, actual, rules);
    }

    /// <summary>
    /// Rules 5–7 alone: Ahead, Lagging or OnSchedule by the configured margins. Also judges a unit's
    /// and the whole list's weighted means, so their bars agree with the flags beside them.
    /// </summary>
    public static ProgressStatus AgainstSchedule(decimal expected, decimal actual, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);

        // decimal arithmetic keeps 0.70 − 0.60 exactly 0.10, as the contract requires.
        if (actual - expected >= rules.AheadMargin)
        {
            return ProgressStatus.Ahead;
        }

        return expected - actual > rules.LagTolerance ? ProgressStatus.Lagging : ProgressStatus.OnSchedule;
    }
}
