using ScreenBoard.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Quarters;

public sealed class QuarterSnapshotTests : IDisposable
{
    private static readonly QuarterId Q2 = new(2026, 2);
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;

    public QuarterSnapshotTests()
    {
        ListBuilder.WorkedExample(_database);
        _services = new TestServices(_database);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Compute_StoresTaskAndUnitRowsOfTheQuartersLastDay()
    {
        var outcome = await _services.Quarters.ComputeAsync(Q2, Actor.System("test"), republish: false);

        var snapshot = await _services.Store.FindAsync(Q2);
        Assert.Equal(SnapshotOutcome.Created, outcome);
        Assert.Equal(new DateOnly(2026, 6, 30), snapshot!.EvaluationDate);
        Assert.Equal(5, snapshot.TaskRows.Count);
        var unit = Assert.Single(snapshot.UnitRows);
        Assert.Equal(1, unit.Rank);
        Assert.Contains("\"NoticePoints\":1", snapshot.RuleParameters);
    }

    [Fact]
    public async Task ComputeTwice_LeavesOneSetOfIdenticalRows()
    {
        await _services.Quarters.ComputeAsync(Q2, Actor.System("test"), republish: false);
        var first = Rows(await _services.Store.FindAsync(Q2));

        var outcome = await _services.Quarters.ComputeAsync(Q2, Actor.System("test"), republish: false);

        Assert.Equal(SnapshotOutcome.Replaced, outcome);
        Assert.Equal(first, Rows(await _services.Store.FindAsync(Q2)));
        await using var db = _database.CreateDbContext();
        Assert.Equal((1, 5, 1), (await db.Snapshots.CountAsync(), await db.TaskSnapshotRows.CountAsync(), await db.UnitSnapshotRows.CountAsync()));
    }

    [Fact]
    public async Task TwoWorkersAtOnce_LeaveExactlyOneSetOfRows()
    {
        var second = new TestServices(_database, _services.Clock);

        var outcomes = await Task.WhenAll(
            Task.Run(() => _services.Quarters.ComputeAsync(Q2, Actor.System("worker-1"), republish: false)),
            Task.Run(() => second.Quarters.ComputeAsync(Q2, Actor.System("worker-2"), republish: false)));

        Assert.Equal([SnapshotOutcome.Created, SnapshotOutcome.Replaced], outcomes.Order());
        await using var db = _database.CreateDbContext();
        Assert.Equal((1, 5, 1), (await db.Snapshots.CountAsync(), await db.TaskSnapshotRows.CountAsync(), await db.UnitSnapshotRows.CountAsync()));
    }

    [Fact]
    public async Task APublishedSnapshot_IsNotTouchedByTheJob()
    {
        await _services.Quarters.ComputeAsync(Q2, Actor.System("test"), republish: false);
        await _services.Quarters.PublishAsync(Q2, Actor.System("督查室"));
        var computedAt = (await _services.Store.FindHeaderAsync(Q2))!.ComputedAt;
        _services.Clock.Advance(TimeSpan.FromDays(1));

        var outcome = await _services.Quarters.ComputeAsync(Q2, Actor.System("job"), republish: false);

        Assert.Equal(SnapshotOutcome.SkippedPublished, outcome);
        Assert.Equal(computedAt, (await _services.Store.FindHeaderAsync(Q2))!.ComputedAt);
    }

    [Fact]
    public async Task RecomputeAndPublishByTheOffice_AreAudited()
    {
        await _services.Quarters.ComputeAsync(Q2, Actor.System("督查室"), republish: false);
        await _services.Quarters.PublishAsync(Q2, Actor.System("督查室"));

        var outcome = await _services.Quarters.ComputeAsync(Q2, Actor.System("督查室"), republish: true);

        Assert.Equal(SnapshotOutcome.Republished, outcome);
        await using var db = _database.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.EntityKey == "2026Q2").OrderBy(a => a.Id).Select(a => a.Action + ":" + a.Actor).ToListAsync();
        Assert.Equal(["ComputeQuarter:督查室", "PublishQuarter:督查室", "RepublishQuarter:督查室"], actions);
    }

    [Fact]
    public async Task ASnapshotWrite_RaisesOneBoardChangedEvent()
    {
        var batches = new List<BoardChangeBatch>();
        using var subscription = _services.Notifier.Subscribe(b =>
        {
            batches.Add(b);
            return Task.CompletedTask;
        });

        await _services.Quarters.ComputeAsync(Q2, Actor.System("job"), republish: false);
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(BoardChangeKind.Quarter, Assert.Single(Assert.Single(batches).Changes).Kind);
    }

    [Fact]
    public async Task AQuarterOfAYearWithoutAList_WritesNothing()
    {
        var outcome = await _services.Quarters.ComputeAsync(new QuarterId(2025, 4), Actor.System("job"), republish: false);

        Assert.Equal(SnapshotOutcome.NoList, outcome);
        Assert.Empty(await _services.Store.ListAsync());
    }

    private static List<string> Rows(QuarterSnapshot? snapshot) =>
        snapshot!.TaskRows.OrderBy(r => r.TaskId).Select(r => $"{r.TaskCode}|{r.Expected}|{r.Actual}|{r.Status}|{r.FlagLabel}|{r.Points}")
            .Concat(snapshot.UnitRows.Select(u => $"{u.UnitCode}|{u.BaseScore}|{u.Deductions}|{u.Score}|{u.Rank}"))
            .ToList();
}
