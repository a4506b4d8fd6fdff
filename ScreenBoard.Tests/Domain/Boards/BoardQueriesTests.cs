using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Boards;

public sealed class BoardQueriesTests : IDisposable
{
    private static readonly DateOnly E = new(2026, 4, 30);
    private readonly TestDatabase _database = new();
    private readonly BoardQueries _queries;

    public BoardQueriesTests()
    {
        _queries = new BoardQueries(new BoardFactsReader(_database), ScoringRules.Default);
    }

    public void Dispose() => _database.Dispose();

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task WorkedExample_FromTheDatabase_ScoresUnitU79Point66()
    {
        ListBuilder.WorkedExample(_database);

        var board = await _queries.ForAsync(E);

        var unit = Assert.Single(board.Units);
        Assert.Equal((79.66m, 4m, (int?)1), (unit.Score, unit.Deductions, unit.Rank));
        Assert.Equal(
            [ProgressStatus.OnSchedule, ProgressStatus.Lagging, ProgressStatus.CompletedOnTime, ProgressStatus.Overdue, ProgressStatus.NotStarted],
            board.Tasks.Select(t => t.Status));
    }

    [Fact]
    public async Task ReportsNotAccepted_AndReturnedReports_DoNotCount()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", D(1, 1), D(12, 31));
        b.Report(task, D(3, 1), 20)
            .Report(task, D(4, 1), 60, ReportState.Submitted)
            .Report(task, D(4, 2), 70, ReportState.Reviewed)
            .Report(task, D(4, 3), 100, ReportState.Returned);
        b.Save();

        var row = (await _queries.ForAsync(E)).Tasks.Single();

        Assert.Equal(0.20m, row.Actual);
        Assert.Equal(ProgressStatus.Lagging, row.Status);
    }

    [Fact]
    public async Task ALaterAcceptedReport_LowersThePercent()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", D(1, 1), D(12, 31));
        b.Report(task, D(3, 1), 50).Report(task, D(4, 1), 35);
        b.Save();

        Assert.Equal(0.35m, (await _queries.ForAsync(E)).Tasks.Single().Actual);
    }

    [Fact]
    public async Task TwoReportsOnOneDate_TheOneAcceptedLastCounts()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", D(1, 1), D(12, 31));
        b.Report(task, D(4, 1), 45).Report(task, D(4, 1), 38);
        b.Save();

        Assert.Equal(0.38m, (await _queries.ForAsync(E)).Tasks.Single().Actual);
    }

    [Fact]
    public async Task ReportsDatedAfterTheDate_DoNotCountYet()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", D(1, 1), D(6, 30));
        b.Report(task, D(3, 1), 30).Report(task, D(5, 5), 100);
        b.Save();

        var before = (await _queries.ForAsync(E)).Tasks.Single();
        var after = (await _queries.ForAsync(D(5, 5))).Tasks.Single();

        Assert.Equal((0.30m, ProgressStatus.Lagging), (before.Actual, before.Status));
        Assert.Equal(ProgressStatus.CompletedOnTime, after.Status);
    }

    [Fact]
    public async Task EqualScores_ShareARank_AndAUnitWithoutScoredTasksHasNone()
    {
        var b = new ListBuilder(_database);
        var a = b.Task("A1", "A", D(1, 1), D(3, 31));
        var c = b.Task("C1", "C", D(1, 1), D(3, 31));
        var late = b.Task("B1", "B", D(1, 1), D(3, 31));
        b.Task("N1", "N", D(6, 1), D(9, 30));
        b.Report(a, D(3, 1), 100).Report(c, D(3, 2), 100).Report(late, D(4, 10), 100);
        b.Save();

        var units = (await _queries.ForAsync(E)).Units;

        Assert.Equal(["A:1:100", "C:1:100", "B:3:80", "N::"], units.Select(u => $"{u.Code}:{u.Rank}:{u.Score:0.##}"));
    }

    [Fact]
    public async Task NoListForTheYear_GivesAnEmptyBoard()
    {
        ListBuilder.WorkedExample(_database);

        var board = await _queries.ForAsync(new DateOnly(2031, 1, 1));

        Assert.False(board.HasList);
        Assert.Empty(board.Tasks);
    }
}
