using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Quarters.QuarterScenario;

namespace ScreenBoard.Tests.App.Features.Quarters;

/// <summary>Republishing a published quarter: a dry run first, then a new version with a reason; version 1 stays.</summary>
public sealed class RepublishTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;

    public RepublishTests()
    {
        QuarterScenario.Build(_database);
        _services = new TestServices(_database);
    }

    public void Dispose() => _database.Dispose();

    private async Task PublishThenAcceptLateReportAsync()
    {
        await _services.Quarters.ComputeAsync(Q2, TestActors.System("job"));
        await _services.Quarters.PublishAsync(Q2, TestActors.Office);
        AcceptLateReportOfA(_database);
        _services.Clock.Advance(TimeSpan.FromDays(40));
    }

    [Fact]
    public async Task Preview_ListsExactlyTheUnitsWhoseScoreOrRankMoves_AndWritesNothing()
    {
        await PublishThenAcceptLateReportAsync();

        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);

        Assert.Equal(1, preview!.BasedOnVersion);
        Assert.Equal(
            ["A: 0.00→80.00, 3→2", "B: 50.00→50.00, 2→3"],
            preview.Changes.Select(c => $"{c.UnitCode}: {c.OldScore:0.00}→{c.NewScore:0.00}, {c.OldRank}→{c.NewRank}"));
        Assert.Single(await _services.Store.VersionsAsync(Q2));
    }

    [Fact]
    public async Task Preview_WhenNothingMoves_HasNoChanges()
    {
        await _services.Quarters.ComputeAsync(Q2, TestActors.System("job"));
        await _services.Quarters.PublishAsync(Q2, TestActors.Office);

        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);

        Assert.Empty(preview!.Changes);
    }

    [Fact]
    public async Task Preview_OfADraft_IsNull_AndTheDraftIsStillReplacedFreely()
    {
        await _services.Quarters.ComputeAsync(Q2, TestActors.System("job"));

        Assert.Null(await _services.Quarters.PreviewRepublishAsync(Q2));
        Assert.Equal(SnapshotOutcome.Replaced, await _services.Quarters.ComputeAsync(Q2, TestActors.Office));
    }

    [Fact]
    public async Task Republish_KeepsVersionOnesRows_AndAddsVersionTwoWithTheNewFigures()
    {
        await PublishThenAcceptLateReportAsync();
        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);

        var result = await _services.Quarters.RepublishAsync(preview!, TestActors.Office, "A 单位补录 6 月 20 日进度");

        Assert.True(result.Succeeded);
        var v1 = await _services.Store.FindAsync(Q2, 1);
        var v2 = await _services.Store.FindAsync(Q2, 2);
        var newest = await _services.Store.FindAsync(Q2);
        Assert.Equal("A:0:3 B:50:2 C:100:1", Scores(v1));
        Assert.Equal("A:80:2 B:50:3 C:100:1", Scores(v2));
        Assert.Equal(2, newest!.PublishedVersion);
        Assert.Equal((3, 3), (v1!.TaskRows.Count, v2!.TaskRows.Count));
        Assert.Equal([1, 2], (await _services.Store.VersionsAsync(Q2)).Select(v => v.PublishedVersion));
        Assert.Equal(("A 单位补录 6 月 20 日进度", "督查室"), (v2.Reason, v2.PublishedBy));
        Assert.True(v2.PublishedAt > v1.PublishedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Republish_WithoutAReason_IsRefusedAndWritesNothing(string? reason)
    {
        await PublishThenAcceptLateReportAsync();
        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);
        var before = await CountsAsync();

        var result = await _services.Quarters.RepublishAsync(preview!, TestActors.Office, reason);

        Assert.Equal(CommandError.Rule, result.Error);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Republish_WithAReasonOver500Characters_IsRefusedAndWritesNothing()
    {
        await PublishThenAcceptLateReportAsync();
        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);
        var before = await CountsAsync();

        var result = await _services.Quarters.RepublishAsync(preview!, TestActors.Office, new string('因', 501));

        Assert.Equal(CommandError.Rule, result.Error);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Republish_IsAuditedWithWhoWhenWhyAndTheNumbersThatChanged()
    {
        await PublishThenAcceptLateReportAsync();
        var preview = await _services.Quarters.PreviewRepublishAsync(Q2);

        await _services.Quarters.RepublishAsync(preview!, TestActors.Office, "A 单位补录进度");

        await using var db = _database.CreateDbContext();
        var entry = await db.AuditEntries.Where(a => a.EntityKey == "2026Q2").OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("RepublishQuarter", "督查室", _services.Clock.GetUtcNow()), (entry.Action, entry.Actor, entry.At));
        using var before = JsonDocument.Parse(entry.Before!);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal(1, before.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(2, after.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("A 单位补录进度", after.RootElement.GetProperty("reason").GetString());
        Assert.Equal("A:0:3 B:50:2", Units(before));
        Assert.Equal("A:80:2 B:50:3", Units(after));
        Assert.Contains("补录", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Republish_AfterSomeoneElseRepublished_IsAConflictAndWritesNothing()
    {
        await PublishThenAcceptLateReportAsync();
        var first = await _services.Quarters.PreviewRepublishAsync(Q2);
        var second = await _services.Quarters.PreviewRepublishAsync(Q2);
        await _services.Quarters.RepublishAsync(first!, TestActors.Office, "补录");

        var result = await _services.Quarters.RepublishAsync(second!, TestActors.Office, "补录");

        Assert.Equal(CommandError.Conflict, result.Error);
        Assert.Equal([1, 2], (await _services.Store.VersionsAsync(Q2)).Select(v => v.PublishedVersion));
    }

    [Fact]
    public async Task AfterRepublishing_TheJobStillLeavesThePublishedQuarterAlone()
    {
        await PublishThenAcceptLateReportAsync();
        await _services.Quarters.RepublishAsync((await _services.Quarters.PreviewRepublishAsync(Q2))!, TestActors.Office, "补录");
        var before = await CountsAsync();

        var outcome = await _services.Quarters.ComputeAsync(Q2, TestActors.System("job"));

        Assert.Equal(SnapshotOutcome.SkippedPublished, outcome);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task TheTrend_ReadsTheNewestPublishedVersion_OneScorePerUnitAndQuarter()
    {
        await PublishThenAcceptLateReportAsync();
        await _services.Quarters.RepublishAsync((await _services.Quarters.PreviewRepublishAsync(Q2))!, TestActors.Office, "补录");

        var rows = await _services.Store.PublishedUnitScoresAsync();

        Assert.Equal(["A:80:2", "B:50:3", "C:100:1"], rows.OrderBy(r => r.UnitId).Select(r => $"{Code(r.UnitId)}:{r.Score:0.##}:{r.Rank}"));

        string Code(int unitId)
        {
            using var db = _database.CreateDbContext();
            return db.Units.Single(u => u.Id == unitId).Code;
        }
    }

    private async Task<(int Snapshots, int TaskRows, int UnitRows, int Audits)> CountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return (await db.Snapshots.CountAsync(), await db.TaskSnapshotRows.CountAsync(), await db.UnitSnapshotRows.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private static string Scores(QuarterSnapshot? snapshot) =>
        string.Join(' ', snapshot!.UnitRows.OrderBy(r => r.UnitCode, StringComparer.Ordinal).Select(r => $"{r.UnitCode}:{r.Score:0.##}:{r.Rank}"));

    private static string Units(JsonDocument audit) =>
        string.Join(' ', audit.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => $"{u.GetProperty("unitCode").GetString()}:{u.GetProperty("score").GetDecimal():0.##}:{u.GetProperty("rank").GetInt32()}")
            .Order(StringComparer.Ordinal));
}
