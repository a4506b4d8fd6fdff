using ScreenBoard.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Seeding;

namespace ScreenBoard.Tests.Domain.Seeding;

public sealed class SeedLoaderTests : ListFileTestBase
{
    [Fact]
    public async Task Load_SmallList_AddsEverythingIntoTheGivenYear()
    {
        var result = await Loader.LoadAsync(WriteFile(SmallList), 2031);

        Assert.Equal(new SeedResult(2031, 2, 1, 2, 1), result);
        await using var db = Database.CreateDbContext();
        var list = await db.Lists.SingleAsync();
        Assert.Equal(("2031年度清单", 2031), (list.Title, list.Year));
        var task = await db.Tasks.Include(t => t.LeadUnit).ThenInclude(u => u.ReviewingUnit).SingleAsync();
        Assert.Equal(new DateOnly(2031, 6, 30), task.Deadline);
        Assert.Equal("NYJ", task.LeadUnit.ReviewingUnit!.Code);
        Assert.Equal(new DateOnly(2031, 4, 25), (await db.Notices.SingleAsync()).YellowWarningOn);
    }

    [Fact]
    public async Task Load_SameFileTwice_AddsNothingTheSecondTime()
    {
        var path = WriteFile(SmallList);
        await Loader.LoadAsync(path, 2026);

        var second = await Loader.LoadAsync(path, 2026);

        Assert.False(second.AddedAnything);
        await using var db = Database.CreateDbContext();
        Assert.Equal((2, 1, 2, 1, 1), (await db.Units.CountAsync(), await db.Tasks.CountAsync(), await db.Reports.CountAsync(), await db.Notices.CountAsync(), await db.Lists.CountAsync()));
    }

    [Theory]
    [InlineData("\"deadline\": \"06-30\"", "\"deadline\": \"13-45\"", "tasks[0] (SS-001).deadline: \"13-45\" is not a date")]
    [InlineData("\"lead\": \"HXZ\"", "\"lead\": \"XXX\"", "tasks[0] (SS-001).lead: no unit with code \"XXX\"")]
    [InlineData("\"percent\": 30", "\"percent\": 130", "tasks[0] (SS-001).reports[0]: Task SS-001: percent 130 must be between 0 and 100.")]
    [InlineData("\"share\": 0.3", "\"share\": 1.3", "tasks[0] (SS-001).milestones[0]: Milestone share 1.3 must be above 0 and at most 1.")]
    [InlineData("\"kind\": \"Town\"", "\"kind\": \"Village\"", "units[1] (HXZ).kind: \"Village\" is not one of")]
    [InlineData("\"state\": \"Accepted\"", "\"state\": \"Approved\"", "tasks[0] (SS-001).reports[0].state")]
    [InlineData("\"yellow\": \"04-25\"", "\"yellow\": \"04-15\"", "notices[0]: The fix deadline 2026-04-20 has not passed on 2026-04-15")]
    [InlineData("\"start\": \"01-01\"", "\"start\": \"07-01\"", "tasks[0] (SS-001).deadline: 2026-06-30 is before the task's start 2026-07-01.")]
    public async Task Load_MalformedEntry_NamesEntryAndFieldAndWritesNothing(string good, string bad, string expected)
    {
        var errors = await RefusedAsync(good, bad);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_BrokenJson_SaysWhereAndWritesNothing()
    {
        var path = WriteFile(SmallList[..200]);

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => Loader.LoadAsync(path, 2026));

        Assert.StartsWith("(file): Seed.NotJson(", ex.Errors.Single(), StringComparison.Ordinal);
        await AssertDatabaseEmpty();
    }

    [Fact]
    public async Task Load_WrongFormatName_IsRefused()
    {
        var path = WriteFile(SmallList.Replace("screenboard-list/1", "other/2", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => Loader.LoadAsync(path, 2026));

        Assert.Contains(ex.Errors, e => e.StartsWith("format:", StringComparison.Ordinal));
        await AssertDatabaseEmpty();
    }
}
