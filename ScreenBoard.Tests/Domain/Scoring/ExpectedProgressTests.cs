using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.Domain.Scoring;

public sealed class ExpectedProgressTests
{
    private static readonly DateOnly S = new(2026, 1, 1);
    private static readonly DateOnly D = new(2026, 12, 31);

    [Theory]
    [InlineData("2025-12-31", "0")]        // E before S
    [InlineData("2026-01-01", "0")]        // E = S
    [InlineData("2026-12-31", "1")]        // E = D
    [InlineData("2027-01-15", "1")]        // E after D
    public void Linear_AtTheEdges_IsZeroOrOne(string asOf, string expected) =>
        Assert.Equal(decimal.Parse(expected), ExpectedProgress.On(DateOnly.Parse(asOf), new TaskSchedule(S, D)));

    [Fact]
    public void Linear_HalfwayThroughTheYear_IsElapsedDaysOverPeriod() =>
        Assert.Equal(181m / 364m, ExpectedProgress.On(new DateOnly(2026, 7, 1), new TaskSchedule(S, D)));

    [Theory]
    [InlineData("2026-05-31", "0")]
    [InlineData("2026-06-01", "1")]
    [InlineData("2026-06-02", "1")]
    public void StartEqualsDeadline_JumpsFromZeroToOneOnThatDay(string asOf, string expected)
    {
        var day = new DateOnly(2026, 6, 1);

        Assert.Equal(decimal.Parse(expected), ExpectedProgress.On(DateOnly.Parse(asOf), new TaskSchedule(day, day)));
    }

    [Fact]
    public void MilestoneDueOnStart_CountsFromTheStartDay()
    {
        var schedule = new TaskSchedule(S, new DateOnly(2026, 1, 11), [new MilestonePoint(S, 0.2m)]);

        Assert.Equal(0.2m, ExpectedProgress.On(S, schedule));
        Assert.Equal(0.2m + (0.8m * 5 / 10), ExpectedProgress.On(new DateOnly(2026, 1, 6), schedule));
    }

    [Fact]
    public void MilestoneDueOnDeadline_LineRunsToItsShareThenOneOnTheDeadline()
    {
        var deadline = new DateOnly(2026, 1, 11);
        var schedule = new TaskSchedule(S, deadline, [new MilestonePoint(deadline, 0.6m)]);

        Assert.Equal(0.6m * 5 / 10, ExpectedProgress.On(new DateOnly(2026, 1, 6), schedule));
        Assert.Equal(1m, ExpectedProgress.On(deadline, schedule));
    }

    [Fact]
    public void MilestoneDueOnTheDate_CountsAsDue()
    {
        var schedule = new TaskSchedule(S, new DateOnly(2026, 6, 30), [new MilestonePoint(new DateOnly(2026, 3, 31), 0.3m)]);

        Assert.Equal(0.3m, ExpectedProgress.On(new DateOnly(2026, 3, 31), schedule));
    }

    [Fact]
    public void SharesSummingToLessThanOne_LeaveTheRestDueOnTheDeadline()
    {
        var schedule = new TaskSchedule(S, new DateOnly(2026, 1, 21), [new MilestonePoint(new DateOnly(2026, 1, 11), 0.4m)]);

        Assert.Equal(0.4m + (0.6m * 5 / 10), ExpectedProgress.On(new DateOnly(2026, 1, 16), schedule));
    }

    [Fact]
    public void Milestones_GivenOutOfOrder_AreSortedByDueDate()
    {
        var schedule = new TaskSchedule(S, new DateOnly(2026, 6, 30),
            [new MilestonePoint(new DateOnly(2026, 5, 31), 0.5m), new MilestonePoint(new DateOnly(2026, 3, 31), 0.3m)]);

        Assert.Equal(0.8m, ExpectedProgress.On(new DateOnly(2026, 5, 31), schedule));
    }
}
