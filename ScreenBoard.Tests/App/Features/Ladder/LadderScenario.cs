using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Ladder;

/// <summary>
/// Unit U leads task T1 (co-unit CO; OTHER has nothing to do with it); one 限期整改单 to U, issued 10-01
/// with a fix deadline of 10-10, so its 黄色警告 falls due on 10-11. The commands and the sweep over a
/// test database, on a fake clock (2026-11-25 10:00 Shanghai unless moved).
/// </summary>
public sealed class LadderScenario : IDisposable
{
    public LadderScenario()
    {
        var b = new ListBuilder(Database);
        var task = b.Task("T1", "U", D(1, 1), D(12, 31));
        task.AddCoUnit(b.Unit("CO"));
        b.Unit("OTHER");
        b.Report(task, D(9, 30), 40);
        b.Notice("U", D(10, 1), D(10, 10));
        b.Save();
        using (var db = Database.CreateDbContext())
        {
            TaskId = db.Tasks.Single().Id;
            NoticeId = db.Notices.Single().Id;
            UnitId = db.Units.Single(u => u.Code == "U").Id;
            CoUnitId = db.Units.Single(u => u.Code == "CO").Id;
            OtherUnitId = db.Units.Single(u => u.Code == "OTHER").Id;
        }

        Services = new TestServices(Database);
        var clock = new OfficeClock(Services.Clock, Options.Create(new ScoringOptions()));
        Commands = new LadderCommands(Services.Writes, clock, Options.Create(new EscalationOptions()));
        Sweep = new EscalationSweepJob(Database, Commands, clock, NullLogger<EscalationSweepJob>.Instance);
        Services.Notifier.Subscribe(batch =>
        {
            Changes.AddRange(batch.Changes);
            return Task.CompletedTask;
        });
    }

    public TestDatabase Database { get; } = new();

    public TestServices Services { get; }

    public LadderCommands Commands { get; }

    public EscalationSweepJob Sweep { get; }

    /// <summary>Every board change published (after the notifier's debounce: call <see cref="FlushAsync"/>).</summary>
    public List<BoardChange> Changes { get; } = [];

    public int TaskId { get; }

    public int NoticeId { get; }

    public int UnitId { get; }

    public int CoUnitId { get; }

    public int OtherUnitId { get; }

    public static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>Lets the notifier's debounce window pass on the fake clock.</summary>
    public async Task FlushAsync()
    {
        Services.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await Task.Delay(50);
    }

    public RectificationNotice Notice(int? id = null)
    {
        using var db = Database.CreateDbContext();
        return db.Notices.AsNoTracking().Single(n => n.Id == (id ?? NoticeId));
    }

    public int AuditCount()
    {
        using var db = Database.CreateDbContext();
        return db.AuditEntries.Count();
    }

    public void Dispose() => Database.Dispose();
}
