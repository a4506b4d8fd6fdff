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
    public static TaskEvaluation Evaluate(DateOnly asOf, TaskSchedule schedule, IReadOnlyCollection<AcceptedReport> accepted, ScoringRules rules) =>
        Evaluate(asOf, schedule, ActualProgress.On(asOf, accepted), ActualProgress.CompletedOn(asOf, accepted), rules);

    /// <summary>
    /// Applies §1, §3 and §4 when A and C were already found (e.g. by one SQL aggregate over the
    /// reports, which must pick the same report as <see cref="ActualProgress"/>).
    /// </summary>
    public static TaskEvaluation Evaluate(DateOnly asOf, TaskSchedule schedule, decimal actual, DateOnly? completedOn, ScoringRules rules)
    {
        var expected = ExpectedProgress.On(asOf, schedule);
        var status = TaskStatusRule.Of(asOf, schedule, expected, actual, completedOn, rules);
        return new TaskEvaluation(expected, actual, status, TaskPoints.For(status, expected, actual, rules), completedOn);
    }
}
