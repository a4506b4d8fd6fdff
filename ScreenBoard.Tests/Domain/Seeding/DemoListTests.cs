using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Seeding;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Seeding;

/// <summary>The shipped demo list (assets/demo-list.json) is worth looking at, in any year.</summary>
public sealed class DemoListTests : IDisposable
{
    private static readonly string DemoPath = Path.Combine(AppContext.BaseDirectory, "assets", "demo-list.json");
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<SeedResult> LoadAsync(int year) => new SeedLoader(_database, new FakeTimeProvider(Build.Noon)).LoadAsync(DemoPath, year);

    [Theory]
    [InlineData(2026)]
    [InlineData(2028)]
    public async Task OnTheTwentyFifthOfNovember_EveryStatusOccurs(int year)
    {
        await LoadAsync(year);

        var board = await new TestServices(_database).Queries.ForAsync(new DateOnly(year, 11, 25));

        Assert.Equal(Enum.GetValues<ProgressStatus>().ToHashSet(), board.Tasks.Select(t => t.Status).ToHashSet());
        Assert.True(board.Units.Count(u => u.Rank is not null) >= 30);
    }

    [Fact]
    public async Task HasTheBreadthOfARealList()
    {
        var result = await LoadAsync(2026);

        await using var db = _database.CreateDbContext();
        var tasks = await db.Tasks.Include(t => t.Milestones).ToListAsync();
        Assert.True(result.TasksAdded >= 150, $"{result.TasksAdded} tasks");
        Assert.True(result.UnitsAdded >= 35, $"{result.UnitsAdded} units");
        Assert.Equal(Enum.GetValues<TaskCategory>().ToHashSet(), tasks.Select(t => t.Category).ToHashSet());
        Assert.Equal(Enum.GetValues<TaskSource>().ToHashSet(), tasks.Select(t => t.Source).ToHashSet());
        Assert.InRange(tasks.Count(t => t.Milestones.Count > 0) / (double)tasks.Count, 0.25, 0.45);
        Assert.Equal(Enum.GetValues<ReportState>().ToHashSet(), (await db.Reports.Select(r => r.State).ToListAsync()).ToHashSet());
        var notices = await db.Notices.ToListAsync();
        Assert.Equal(Enum.GetValues<LadderStep>().ToHashSet(), notices.Select(n => n.Step).ToHashSet());
    }

    [Fact]
    public async Task LoadedTwice_AddsNothingTheSecondTime()
    {
        await LoadAsync(2026);

        var second = await LoadAsync(2026);

        Assert.False(second.AddedAnything);
    }
}
