using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.List;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.List;

/// <summary>
/// The 2026 list with task T1 (lead U, co-unit CO, 01-01 – 12-31, one milestone 节点一 06-30 share 0.4); units U, CO,
/// OTHER and the department DEPT. The list commands over a test database on a fake clock (2026-11-25 10:00 Shanghai).
/// </summary>
public sealed class ListScenario : IDisposable
{
    public ListScenario()
        : this(TestEngine.Current)
    {
    }

    /// <summary>On a chosen engine (the bUnit form tests pin SQLite, see TaskEditPageTests).</summary>
    public ListScenario(ScreenBoard.Domain.Persistence.DatabaseProvider engine)
    {
        Database = new TestDatabase(engine);
        var b = new ListBuilder(Database);
        var task = b.Task("T1", "U", D(1, 1), D(12, 31));
        task.AddCoUnit(b.Unit("CO"));
        task.AddMilestone("节点一", D(6, 30), 0.4m);
        b.Unit("OTHER");
        b.Unit("DEPT");
        b.Save();
        Services = new TestServices(Database);
        var clock = new OfficeClock(Services.Clock, Options.Create(new ScoringOptions()));
        Queries = new ListQueries(Database, clock);
        Commands = new ListCommands(Services.Writes, Queries, clock);
        Services.Notifier.Subscribe(batch =>
        {
            Changes.AddRange(batch.Changes);
            return System.Threading.Tasks.Task.CompletedTask;
        });
    }

    public TestDatabase Database { get; }

    public TestServices Services { get; }

    public ListQueries Queries { get; }

    public ListCommands Commands { get; }

    /// <summary>Every board change published (after the notifier's debounce: call <see cref="FlushAsync"/>).</summary>
    public List<BoardChange> Changes { get; } = [];

    public static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>A valid new task: lead OTHER, co-unit CO, 03-01 – 10-31, two milestones summing to 0.8.</summary>
    public static TaskForm NewTask(string code = "DS-900") => new()
    {
        Code = code,
        Title = "新建重点任务",
        Goal = "年底前完成",
        Category = TaskCategory.Major,
        Source = TaskSource.AnnualList,
        LeadUnitCode = "OTHER",
        CoUnitCodes = ["CO"],
        SupervisingUnitCode = "DEPT",
        ResponsibleLeader = "王某（副市长）",
        Start = D(3, 1),
        Deadline = D(10, 31),
        Weight = 2m,
        Milestones = [new() { Title = "方案", Due = D(4, 30), Share = 0.3m }, new() { Title = "建成", Due = D(9, 30), Share = 0.5m }],
    };

    /// <summary>Lets the notifier's debounce window pass on the fake clock.</summary>
    public async System.Threading.Tasks.Task FlushAsync()
    {
        Services.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await System.Threading.Tasks.Task.Delay(50);
    }

    public SupervisionTask? Task(string code)
    {
        using var db = Database.CreateDbContext();
        return db.Tasks.AsNoTracking().AsSplitQuery().Include(t => t.LeadUnit).Include(t => t.SupervisingUnit).Include(t => t.Milestones)
            .Include(t => t.CoUnits).ThenInclude(c => c.Unit).SingleOrDefault(t => t.Code == code);
    }

    public int TaskCount()
    {
        using var db = Database.CreateDbContext();
        return db.Tasks.Count();
    }

    public int AuditCount()
    {
        using var db = Database.CreateDbContext();
        return db.AuditEntries.Count();
    }

    public async System.Threading.Tasks.Task<TaskForm> FormAsync(string code = "T1") => (await Queries.TaskFormAsync(code))!;

    public void Dispose() => Database.Dispose();
}
