using ScreenBoard.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Seeding;

/// <summary>A real database, the loader, and a small valid list file the tests spoil one fault at a time.</summary>
public abstract class ListFileTestBase : IDisposable
{
    protected ListFileTestBase()
    {
        Database = new TestDatabase();
        Loader = new SeedLoader(Database, new FakeTimeProvider(Build.Noon));
    }

    protected TestDatabase Database { get; }

    protected SeedLoader Loader { get; }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    protected const string SmallList = """
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

    protected string WriteFile(string json)
    {
        var path = Path.Combine(Database.Folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>Loads the small list with one text replaced; it must be refused and write nothing. The problems as the English UI shows them.</summary>
    protected async Task<IReadOnlyList<string>> RefusedAsync(string good, string bad)
    {
        Assert.Contains(good, SmallList, StringComparison.Ordinal);
        var path = WriteFile(SmallList.Replace(good, bad, StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => Loader.LoadAsync(path, 2026));

        await AssertDatabaseEmpty();
        return TestMessages.In("en", messages => ex.Problems.Select(p => p.Describe(messages)).ToList());
    }

    protected async Task AssertDatabaseEmpty()
    {
        await using var db = Database.CreateDbContext();
        Assert.Equal((0, 0, 0, 0, 0), (await db.Units.CountAsync(), await db.Lists.CountAsync(), await db.Tasks.CountAsync(), await db.Reports.CountAsync(), await db.Notices.CountAsync()));
    }
}
