using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.Domain.Scoring;

public sealed class StatusAndPointsTests
{
    private static readonly TaskSchedule Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly Mid = new(2026, 7, 1);
    private static readonly DateTimeOffset Morning = new(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static ProgressStatus Status(decimal expected, decimal actual) =>
        TaskStatusRule.Of(Mid, Year, expected, actual, null, ScoringRules.Default);

    [Fact]
    public void ExactlyTheAheadMargin_IsAhead() => Assert.Equal(ProgressStatus.Ahead, Status(0.60m, 0.70m));

    [Fact]
    public void JustUnderTheAheadMargin_IsOnSchedule() => Assert.Equal(ProgressStatus.OnSchedule, Status(0.60m, 0.6999m));

    [Fact]
    public void ExactlyTheLagTolerance_IsNotLagging() => Assert.Equal(ProgressStatus.OnSchedule, Status(0.60m, 0.55m));

    [Fact]
    public void JustBeyondTheLagTolerance_IsLagging() => Assert.Equal(ProgressStatus.Lagging, Status(0.60m, 0.5499m));

    [Fact]
    public void CompletedOnTheDeadline_IsOnTime()
    {
        var reports = new[] { new AcceptedReport(Year.Deadline, 100, Morning) };

        var evaluation = TaskEvaluation.Evaluate(Year.Deadline.AddDays(3), Year, reports, ScoringRules.Default);

        Assert.Equal((ProgressStatus.CompletedOnTime, (decimal?)100m), (evaluation.Status, evaluation.Points));
    }

    [Fact]
    public void CompletedAfterTheDeadline_IsLateAndScoresTheConfiguredPoints()
    {
        var reports = new[] { new AcceptedReport(Year.Deadline.AddDays(1), 100, Morning) };
        var rules = ScoringRules.Default with { LateCompletionPoints = 70m };

        var evaluation = TaskEvaluation.Evaluate(Year.Deadline.AddDays(5), Year, reports, rules);

        Assert.Equal((ProgressStatus.CompletedLate, (decimal?)70m), (evaluation.Status, evaluation.Points));
    }

    [Fact]
    public void PastDeadlineNotCompleted_IsOverdueAndScoresHundredTimesActual()
    {
        var reports = new[] { new AcceptedReport(new DateOnly(2026, 12, 1), 65, Morning) };

        var evaluation = TaskEvaluation.Evaluate(new DateOnly(2027, 1, 5), Year, reports, ScoringRules.Default);

        Assert.Equal((ProgressStatus.Overdue, (decimal?)65m), (evaluation.Status, evaluation.Points));
    }

    [Fact]
    public void OnTheDeadlineNotCompleted_IsNotYetOverdue()
    {
        var reports = new[] { new AcceptedReport(new DateOnly(2026, 12, 1), 98, Morning) };

        var evaluation = TaskEvaluation.Evaluate(Year.Deadline, Year, reports, ScoringRules.Default);

        Assert.Equal(ProgressStatus.OnSchedule, evaluation.Status);
    }

    [Fact]
    public void ALaterReport_CanLowerThePercent()
    {
        var reports = new[] { new AcceptedReport(new DateOnly(2026, 5, 1), 60, Morning), new AcceptedReport(new DateOnly(2026, 6, 1), 45, Morning) };

        Assert.Equal(0.45m, ActualProgress.On(Mid, reports));
    }

    [Fact]
    public void ReportsOnTheSameDate_TheOneAcceptedLastCounts()
    {
        var day = new DateOnly(2026, 6, 1);
        var reports = new[] { new AcceptedReport(day, 50, Morning.AddHours(2)), new AcceptedReport(day, 40, Morning) };

        Assert.Equal(0.50m, ActualProgress.On(Mid, reports));
    }

    [Fact]
    public void ReportsDatedAfterTheDate_DoNotCount()
    {
        var reports = new[] { new AcceptedReport(new DateOnly(2026, 5, 1), 30, Morning), new AcceptedReport(Mid.AddDays(1), 90, Morning) };

        Assert.Equal(0.30m, ActualProgress.On(Mid, reports));
    }

    [Fact]
    public void NoAcceptedReport_IsZeroActual() => Assert.Equal(0m, ActualProgress.On(Mid, []));

    [Fact]
    public void AHundredPercentReportLaterCorrectedDown_StillCompletedOnItsDate()
    {
        var reports = new[] { new AcceptedReport(new DateOnly(2026, 5, 1), 100, Morning), new AcceptedReport(new DateOnly(2026, 6, 1), 90, Morning) };

        Assert.Equal(new DateOnly(2026, 5, 1), ActualProgress.CompletedOn(Mid, reports));
    }

    [Fact]
    public void Points_AtZeroExpected_AreHundred() =>
        Assert.Equal(100m, TaskPoints.For(ProgressStatus.OnSchedule, 0m, 0m, ScoringRules.Default));

    [Fact]
    public void Points_AheadOfSchedule_AreCappedAtHundred() =>
        Assert.Equal(100m, TaskPoints.For(ProgressStatus.Ahead, 0.5m, 0.8m, ScoringRules.Default));
}
