namespace ScreenBoard.Domain.Scoring;

/// <summary>Everything the rules say about one task on one date.</summary>
/// <param name="Expected">X, 0..1.</param>
/// <param name="Actual">A, 0..1.</param>
/// <param name="Status">The first matching status of §3.</param>
/// <param name="Points">P, 0..100; null when not scored.</param>
/// <param name="CompletedOn">C, when completed.</param>
public sealed record TaskEvaluation(decimal Expected, decimal Actual, ProgressStatus Status, decimal? Points, DateOnly? CompletedOn)
{
    /// <summary>Applies §1–§4 to one task.</summary>
    public static TaskEvaluation Evaluate(DateOnly asOf, TaskSchedule schedule, IReadOnlyCollection<AcceptedReport> accepted, ScoringRules rules)
    {
        var expected = ExpectedProgress.On(asOf, schedule);
        var actual = ActualProgress.On(asOf, accepted);
        var completedOn = ActualProgress.CompletedOn(asOf, accepted);
        var status = TaskStatusRule.Of(asOf, schedule, expected, actual, completedOn, rules);
        return new TaskEvaluation(expected, actual, status, TaskPoints.For(status, expected, actual, rules), completedOn);
    }
}
