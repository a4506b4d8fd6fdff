using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Seeding;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly SeedLoader _loader;

    public SeedLoaderTests()
    {
        _loader = new SeedLoader(_database, new FakeTimeProvider(Build.Noon));
    }

    public void Dispose() => _database.Dispose();

    private const string SmallList = """
        {
          "format": "screenboard-list/1",
          "list": { "title": "{year}年度清单", "year": null },
          "units": [
            { "code": "NYJ", "name": "市农业农村局", "kind": "Department", "competent": null },
            { "code": "HXZ", "name": "华西镇", "kind": "Town", "competent": "NYJ" }
          ],
          "tasks": [
            { "code": "SS-001", "title": "农村道路提档", "goal": "改造20公里", "category": "PeopleLivelihood", "source": "AnnualList",
              "lead": "HXZ", "coUnits": ["NYJ"], "leader": "李某", "supervisor": "NYJ", "start": "01-01", "deadline": "06-30", "weight": 1,
              "milestones": [ { "title": "完成设计", "due": "03-31", "share": 0.3 } ],
              "reports": [
                { "date": "03-20", "percent": 30, "narrative": "设计完成", "state": "Accepted", "returnReason": null },
                { "date": "04-20", "percent": 45, "narrative": "路基施工", "state": "Returned", "returnReason": "照片缺失" }
              ] }
          ],
          "notices": [
            { "task": "SS-001", "unit": "HXZ", "reason": "进度滞后", "issued": "04-10", "fixDeadline": "04-20",
              "yellow": "04-25", "yellowFixDeadline": "05-10", "red": null, "redFixDeadline": null, "resolved": null }
          ]
        }
        """;

    private string WriteFile(string json)
    {
        var path = Path.Combine(_database.Folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Load_SmallList_AddsEverythingIntoTheGivenYear()
    {
        var result = await _loader.LoadAsync(WriteFile(SmallList), 2031);

        Assert.Equal(new SeedResult(2031, 2, 1, 2, 1), result);
        await using var db = _database.CreateDbContext();
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
        await _loader.LoadAsync(path, 2026);

        var second = await _loader.LoadAsync(path, 2026);

        Assert.False(second.AddedAnything);
        await using var db = _database.CreateDbContext();
        Assert.Equal((2, 1, 2, 1, 1), (await db.Units.CountAsync(), await db.Tasks.CountAsync(), await db.Reports.CountAsync(), await db.Notices.CountAsync(), await db.Lists.CountAsync()));
    }

    [Theory]
    [InlineData("\"deadline\": \"06-30\"", "\"deadline\": \"13-45\"", "tasks[0] (SS-001).deadline: \"13-45\" is not a date")]
    [InlineData("\"lead\": \"HXZ\"", "\"lead\": \"XXX\"", "tasks[0] (SS-001).lead: no unit with code \"XXX\"")]
    [InlineData("\"percent\": 30", "\"percent\": 130", "tasks[0] (SS-001).reports[0]: Report.PercentOutOfRange(SS-001, 130)")]
    [InlineData("\"share\": 0.3", "\"share\": 1.3", "tasks[0] (SS-001).milestones[0]: Milestone.ShareOutOfRange(1.3)")]
    [InlineData("\"kind\": \"Town\"", "\"kind\": \"Village\"", "units[1] (HXZ).kind: \"Village\" is not one of")]
    [InlineData("\"state\": \"Accepted\"", "\"state\": \"Approved\"", "tasks[0] (SS-001).reports[0].state")]
    [InlineData("\"yellow\": \"04-25\"", "\"yellow\": \"04-15\"", "notices[0]: Notice.FixDeadlineNotPassed(2026-04-20, 2026-04-15)")]
    [InlineData("\"start\": \"01-01\"", "\"start\": \"07-01\"", "tasks[0] (SS-001): Task.DeadlineBeforeStart")]
    public async Task Load_MalformedEntry_NamesEntryAndFieldAndWritesNothing(string good, string bad, string expected)
    {
        var path = WriteFile(SmallList.Replace(good, bad, StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => _loader.LoadAsync(path, 2026));

        Assert.Contains(ex.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        await AssertDatabaseEmpty();
    }

    [Fact]
    public async Task Load_BrokenJson_SaysWhereAndWritesNothing()
    {
        var path = WriteFile(SmallList[..200]);

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => _loader.LoadAsync(path, 2026));

        Assert.Contains("Not valid JSON at line", ex.Errors.Single());
        await AssertDatabaseEmpty();
    }

    [Fact]
    public async Task Load_WrongFormatName_IsRefused()
    {
        var path = WriteFile(SmallList.Replace("screenboard-list/1", "other/2", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => _loader.LoadAsync(path, 2026));

        Assert.Contains(ex.Errors, e => e.StartsWith("format:", StringComparison.Ordinal));
        await AssertDatabaseEmpty();
    }

    private async Task AssertDatabaseEmpty()
    {
        await using var db = _database.CreateDbContext();
        Assert.Equal((0, 0, 0, 0, 0), (await db.Units.CountAsync(), await db.Lists.CountAsync(), await db.Tasks.CountAsync(), await db.Reports.CountAsync(), await db.Notices.CountAsync()));
    }
}
