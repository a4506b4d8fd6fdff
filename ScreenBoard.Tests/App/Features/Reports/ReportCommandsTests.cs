using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

public sealed class ReportCommandsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;
    private readonly ReportCommands _commands;
    private readonly List<BoardChangeBatch> _batches = [];

    public ReportCommandsTests()
    {
        var b = new ListBuilder(_database);
        var task = b.Task("T1", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        b.Report(task, new DateOnly(2026, 4, 20), 55, ReportState.Reviewed);
        b.Save();
        _services = new TestServices(_database);
        _commands = new ReportCommands(_database, _services.Notifier, _services.Clock);
        _services.Notifier.Subscribe(batch =>
        {
            _batches.Add(batch);
            return Task.CompletedTask;
        });
    }

    public void Dispose() => _database.Dispose();

    private (int Id, long Version) Report()
    {
        using var db = _database.CreateDbContext();
        var report = db.Reports.Single();
        return (report.Id, report.Version);
    }

    [Fact]
    public async Task Accept_CountsInTheScores_IsAudited_AndTellsTheScreensOnce()
    {
        var (id, version) = Report();

        var result = await _commands.AcceptAsync(id, version, "督查室");
        _services.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.True(result.Succeeded);
        Assert.Equal(0.55m, (await _services.Queries.ForAsync(new DateOnly(2026, 4, 30))).Tasks.Single().Actual);
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("AcceptReport", "督查室"), (audit.Action, audit.Actor));
        Assert.Contains("Reviewed", audit.Before);
        Assert.Contains("Accepted", audit.After);
        Assert.Equal(BoardChangeKind.Report, Assert.Single(Assert.Single(_batches).Changes).Kind);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndNothingIsWritten()
    {
        var (id, version) = Report();
        await _commands.ReturnAsync(id, version, "主管部门", "材料不全");

        var result = await _commands.AcceptAsync(id, version, "督查室");

        Assert.Equal(CommandError.Conflict, result.Error);
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Returned, (await db.Reports.SingleAsync()).State);
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AnIllegalTransition_IsRefusedWithTheRule_AndNothingIsWritten()
    {
        var (id, version) = Report();

        var result = await _commands.ReviewAsync(id, version, "主管部门");

        Assert.Equal(CommandError.Rule, result.Error);
        Assert.Contains("cannot review", result.Message);
        await using var db = _database.CreateDbContext();
        Assert.Equal(ReportState.Reviewed, (await db.Reports.SingleAsync()).State);
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AMissingReport_IsNotFound() =>
        Assert.Equal(CommandError.NotFound, (await _commands.AcceptAsync(999, 0, "督查室")).Error);
}
