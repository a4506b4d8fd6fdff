using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Units;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Documents;

/// <summary>
/// The app (no demo list) on 2026-11-25 with three units leading one task each, due 06-30, and the ladder:
/// A one 限期整改单 (04-10, fix by 04-20) and another in Q3 (07-01); B a notice (04-01) escalated to 黄色警告
/// on 04-11; C a notice (04-01) escalated to yellow on 04-11 and to 红牌 on 04-22 (fix by 05-02).
/// 2026Q1 and 2026Q2 are published; 2026Q3 is a draft. Town T and department D each have a report accepted
/// on 11-18 that moves their task from Lagging to OnSchedule; T gets a notice on 11-17.
/// </summary>
public sealed class DocumentsApp : AppFactory, IAsyncLifetime
{
    public static readonly QuarterId Q1 = new(2026, 1);
    public static readonly QuarterId Q2 = new(2026, 2);
    public static readonly QuarterId Q3 = new(2026, 3);

    /// <summary>The Monday of the week before the app's today (2026-11-25).</summary>
    public static readonly DateOnly LastWeek = new(2026, 11, 16);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Seed:Enabled", "false"), new("Jobs:RunServer", "false"), new("Documents:Issuer", "青川市委督查室")];

    /// <summary>A Reporter account of town T (password <see cref="SignInClient.DemoPassword"/>).</summary>
    public const string ReporterUser = "town-reporter";

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public async Task InitializeAsync()
    {
        using (CreateClient())
        {
            // Starting the host migrates the database.
        }

        var b = new ListBuilder(Database);
        var ta = b.Task("TA", "A", D(1, 1), D(6, 30));
        var tb = b.Task("TB", "B", D(1, 1), D(6, 30));
        var tc = b.Task("TC", "C", D(1, 1), D(6, 30));
        b.Report(ta, D(5, 1), 40).Report(tb, D(6, 1), 50).Report(tc, D(6, 15), 100);
        var week = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));
        b.Unit("T").ChangeKind(UnitKind.Town);
        var tt = b.Task("TT", "T", D(1, 1), D(12, 31));
        var td = b.Task("TD", "D", D(1, 1), D(12, 31));
        b.Report(tt, D(10, 1), 50).Report(td, D(10, 1), 50);
        b.Report(tt, D(11, 18), 95, acceptedAt: week).Report(td, D(11, 18), 95, acceptedAt: week.AddMinutes(1));
        b.Save();

        await using (var db = Database.CreateDbContext())
        {
            RectificationNotice Notice(string task, DateOnly issued, DateOnly fix)
            {
                var t = db.Tasks.Include(x => x.LeadUnit).Single(x => x.Code == task);
                var notice = new RectificationNotice(t.LeadUnit, t, $"{task} 进度滞后，未按序时推进", issued, fix, "督查室");
                db.Notices.Add(notice);
                return notice;
            }

            Notice("TA", D(4, 10), D(4, 20));
            Notice("TB", D(4, 1), D(4, 10)).Escalate(D(4, 11), D(4, 21));
            var red = Notice("TC", D(4, 1), D(4, 10));
            red.Escalate(D(4, 11), D(4, 21));
            red.Escalate(D(4, 22), D(5, 2));
            Notice("TA", D(7, 1), D(7, 10));
            Notice("TT", D(11, 17), D(11, 30));
            await db.SaveChangesAsync();
        }

        // A reporter of the town (the demo's reporter and reviewer need the demo list's units).
        var (account, _) = await Services.GetRequiredService<ScreenBoard.App.Features.Accounts.AccountCommands>().CreateAsync(
            TestActors.Office, new(ReporterUser, "镇填报员", ScreenBoard.Domain.Auditing.ActorRole.Reporter, "T"), SignInClient.DemoPassword, mustChangePassword: false);
        Assert.True(account.Succeeded, account.MessageKey);

        var quarters = Services.GetRequiredService<QuarterCommands>();
        foreach (var quarter in new[] { Q1, Q2, Q3 })
        {
            Assert.Equal(ScreenBoard.Domain.Snapshots.SnapshotOutcome.Created, await quarters.ComputeAsync(quarter, TestActors.System("job")));
        }

        Assert.True((await quarters.PublishAsync(Q1, TestActors.Office)).Succeeded);
        Assert.True((await quarters.PublishAsync(Q2, TestActors.Office)).Succeeded);
    }

    /// <summary>The id of the notice on a task issued on a date.</summary>
    public int NoticeId(string task, DateOnly issued)
    {
        using var db = Database.CreateDbContext();
        return db.Notices.Where(n => n.Task!.Code == task && n.IssuedOn == issued).Select(n => n.Id).Single();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
