using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.Domain.Scoring;

/// <summary>The worked example of docs/scoring.md §7: E = 2026-04-30, unit U leads T1–T5, score 79.66.</summary>
public sealed class WorkedExampleTests
{
    private static readonly DateOnly E = new(2026, 4, 30);
    private static readonly DateTimeOffset At = new(2026, 4, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static TaskEvaluation Evaluate(TaskSchedule schedule, params AcceptedReport[] reports) =>
        TaskEvaluation.Evaluate(E, schedule, reports, ScoringRules.Default);

    private static readonly TaskEvaluation T1 = Evaluate(new TaskSchedule(D(1, 1), D(12, 31)), new AcceptedReport(D(4, 20), 30, At));

    private static readonly TaskEvaluation T2 = Evaluate(
        new TaskSchedule(D(1, 1), D(6, 30), [new MilestonePoint(D(3, 31), 0.3m), new MilestonePoint(D(5, 31), 0.5m)]),
        new AcceptedReport(D(4, 25), 40, At));

    private static readonly TaskEvaluation T3 = Evaluate(new TaskSchedule(D(1, 1), D(3, 31)), new AcceptedReport(D(3, 28), 100, At));

    private static readonly TaskEvaluation T4 = Evaluate(new TaskSchedule(D(2, 1), D(4, 15)), new AcceptedReport(D(4, 10), 80, At));

    private static readonly TaskEvaluation T5 = Evaluate(new TaskSchedule(D(5, 1), D(9, 30)));

    [Fact]
    public void T1_IsOnScheduleAt91Point7647()
    {
        Assert.Equal(119m / 364m, T1.Expected);
        Assert.Equal((0.30m, ProgressStatus.OnSchedule), (T1.Actual, T1.Status));
        Assert.Equal(91.7647m, Math.Round(T1.Points!.Value, 4));
    }

    [Fact]
    public void T2_IsLaggingAt73Point2733()
    {
        Assert.Equal(0.5459m, Math.Round(T2.Expected, 4));
        Assert.Equal((0.40m, ProgressStatus.Lagging), (T2.Actual, T2.Status));
        Assert.Equal(73.2733m, Math.Round(T2.Points!.Value, 4));
    }

    [Fact]
    public void T3_IsCompletedOnTimeAt100() =>
        Assert.Equal((1m, 1m, ProgressStatus.CompletedOnTime, (decimal?)100m), (T3.Expected, T3.Actual, T3.Status, T3.Points));

    [Fact]
    public void T4_IsOverdueAt80() =>
        Assert.Equal((1m, 0.80m, ProgressStatus.Overdue, (decimal?)80m), (T4.Expected, T4.Actual, T4.Status, T4.Points));

    [Fact]
    public void T5_IsNotStartedAndNotScored() =>
        Assert.Equal((0m, 0m, ProgressStatus.NotStarted, (decimal?)null), (T5.Expected, T5.Actual, T5.Status, T5.Points));

    [Fact]
    public void UnitU_Scores79Point66()
    {
        var notice = new LadderSteps(D(4, 10), D(4, 25), null);
        var deductions = Deductions.For(E, 2026, [notice], ScoringRules.Default);

        var score = UnitScore.From([(T1.Points, 1m), (T2.Points, 2m), (T3.Points, 1m), (T4.Points, 1m), (T5.Points, 1m)], deductions);

        Assert.Equal(83.66m, Math.Round(score.Base!.Value, 2));
        Assert.Equal(4m, score.Deductions);
        Assert.Equal(79.66m, score.Score);
    }
}
