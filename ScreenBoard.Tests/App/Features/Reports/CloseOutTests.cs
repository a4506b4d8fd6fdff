using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

/// <summary>销号 (docs/decisions/016): office only, a 100 % accepted report, a note; off the task board, the unit's score unchanged.</summary>
public sealed class CloseOutTests : BoardTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;
    private readonly CloseOutCommands _commands;
    private readonly CloseOutQueries _queries;
    private readonly List<BoardChangeBatch> _batches = [];

    public CloseOutTests()
    {
        var b = new ListBuilder(_database);
        var done = b.Task("T-DONE", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var half = b.Task("T-HALF", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var corrected = b.Task("T-DOWN", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        b.Report(done, new DateOnly(2026, 6, 1), 100)
            .Report(half, new DateOnly(2026, 6, 1), 60)
            .Report(half, new DateOnly(2026, 7, 1), 100, ReportState.Reviewed)
            .Report(corrected, new DateOnly(2026, 5, 1), 100)
            .Report(corrected, new DateOnly(2026, 6, 1), 90);
        b.Save();
        _services = new TestServices(_database);
        _commands = new CloseOutCommands(_services.Writes);
        _queries = new CloseOutQueries(_database);
        _services.Notifier.Subscribe(batch =>
        {
            _batches.Add(batch);
            return Task.CompletedTask;
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }

    private async Task<CloseOutState> StateAsync(string code)
    {
        await using var db = _database.CreateDbContext();
        var id = await db.Tasks.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
        return (await _queries.ForTaskAsync(id))!;
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }

    [Fact]
    public async Task AtOneHundredPercent_TheOfficeClosesOut_WithANote_Audited_AndTheScreensAreTold()
    {
        var task = await StateAsync("T-DONE");
        Assert.True(task.CanCloseOut);

        var result = await _commands.CloseOutAsync(task.TaskId, task.Version, TestActors.Office, "  已全部完成，经实地核查销号。 ");
        _services.Clock.Advance(TimeSpan.FromMilliseconds(200));

        Assert.True(result.Succeeded, result.MessageKey);
        var after = await StateAsync("T-DONE");
        Assert.Equal((true, "督查室", "已全部完成，经实地核查销号。"), (after.IsClosedOut, after.ClosedOutBy, after.ClosedOutNote));
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("CloseOutTask", "SupervisionTask", task.TaskId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.EntityType, audit.EntityKey));
        Assert.Contains("\"closedOut\":false", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"closedOut\":true", audit.After, StringComparison.Ordinal);
        var change = Assert.Single(Assert.Single(_batches).Changes);
        Assert.Equal((BoardChangeKind.Task, task.TaskId), (change.Kind, change.TaskId));
    }

    [Theory]
    [InlineData("T-HALF", 60)]
    [InlineData("T-DOWN", 90)]
    public async Task UnderOneHundredPercent_IsRefusedInChinese_AndNothingIsWritten(string code, int percent)
    {
        var task = await StateAsync(code);

        var result = await _commands.CloseOutAsync(task.TaskId, task.Version, TestActors.Office, "销号");

        Assert.Equal((CommandError.Rule, "CloseOut.NotComplete"), (result.Error, result.MessageKey));
        Assert.Equal($"{code}最新验收的进度为 {percent}%，须验收 100% 的报送后才能销号。", Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<ScreenBoard.App.SharedResource>>().Describe(result));
        Assert.False((await StateAsync(code)).IsClosedOut);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Theory]
    [InlineData(ActorRole.Reviewer, "销号", CommandError.Forbidden)]
    [InlineData(ActorRole.Reporter, "销号", CommandError.Forbidden)]
    [InlineData(ActorRole.Leader, "销号", CommandError.Forbidden)]
    [InlineData(ActorRole.Office, "  ", CommandError.Rule)]
    public async Task TheWrongRole_OrNoNote_IsRefused_AndNothingIsWritten(ActorRole role, string note, CommandError error)
    {
        var task = await StateAsync("T-DONE");

        var result = await _commands.CloseOutAsync(task.TaskId, task.Version, new Actor("某人", role, 1), note);

        Assert.Equal(error, result.Error);
        Assert.False((await StateAsync("T-DONE")).IsClosedOut);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndReopeningNeedsAReason_AndIsAudited()
    {
        var task = await StateAsync("T-DONE");
        Assert.True((await _commands.CloseOutAsync(task.TaskId, task.Version, TestActors.Office, "完成")).Succeeded);

        var stale = await _commands.ReopenAsync(task.TaskId, task.Version, TestActors.Office, "复查发现问题");
        var closed = await StateAsync("T-DONE");
        var noReason = await _commands.ReopenAsync(task.TaskId, closed.Version, TestActors.Office, " ");
        var reopened = await _commands.ReopenAsync(task.TaskId, closed.Version, TestActors.Office, "复查发现问题");

        Assert.Equal(CommandError.Conflict, stale.Error);
        Assert.Equal((CommandError.Rule, "CloseOut.ReasonRequired"), (noReason.Error, noReason.MessageKey));
        Assert.True(reopened.Succeeded);
        Assert.False((await StateAsync("T-DONE")).IsClosedOut);
        await using var db = _database.CreateDbContext();
        var audits = await db.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["CloseOutTask", "ReopenTask"], audits.Select(a => a.Action));
        Assert.Contains("复查发现问题", audits[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedTask_LeavesTheTaskBoard_ButTheUnitsScoreAndTheOverviewStayTheSame()
    {
        var before = await _services.Queries.ForAsync(Today);
        var task = await StateAsync("T-DONE");

        Assert.True((await _commands.CloseOutAsync(task.TaskId, task.Version, TestActors.Office, "完成")).Succeeded);
        var after = await _services.Queries.ForAsync(Today);
        var board = Render<TaskBoard>(p => p.Add(c => c.Board, after));

        Assert.Equal(["T-DOWN", "T-HALF"], board.FindAll("[data-task]").Select(e => e.GetAttribute("data-task")).Order());
        Assert.Equal(3, Render<TaskBoard>(p => p.Add(c => c.Board, before)).FindAll("[data-task]").Count);
        Assert.Equal(["T-DOWN", "T-HALF"], after.ActiveTasks.Select(t => t.Code).Order());
        Assert.True(after.Tasks.Single(t => t.Code == "T-DONE").IsClosedOut);
        var (unitBefore, unitAfter) = (before.Units.Single(u => u.Code == "U"), after.Units.Single(u => u.Code == "U"));
        Assert.Equal((unitBefore.Score, unitBefore.Rank, unitBefore.Base), (unitAfter.Score, unitAfter.Rank, unitAfter.Base));
        Assert.Equal(before.StatusCounts, after.StatusCounts);
        Assert.Equal(before.CompletedShare, after.CompletedShare);
    }
}
