namespace ScreenBoard.Domain.Scoring;

/// <summary>Task points P, 0..100 (docs/scoring.md §4).</summary>
public static class TaskPoints
{
    /// <returns>Null for a task that is not scored (not started).</returns>
    public static decimal? For(ProgressStatus status, decimal expected, decimal actual, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return status switch
        {
            ProgressStatus.NotStarted => null,
            ProgressStatus.CompletedOnTime => 100m,
            ProgressStatus.CompletedLate => rules.LateCompletionPoints,
            _ when expected == 0m => 100m,
            _ => 100m * Math.Min(actual / expected, 1m),
        };
    }
}
