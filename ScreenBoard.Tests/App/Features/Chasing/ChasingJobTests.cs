using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Chasing.ChasingRig;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>The chasing job on explicit dates: each rule, twice a day, after days of downtime, and who is never chased.</summary>
public sealed class ChasingJobTests : IDisposable
{
    private static readonly ChasingWebhook Group = new() { Name = "督查群", Kind = WebhookKind.WeCom, Url = "http://127.0.0.1:9/never-called" };
    private readonly ChasingRig _rig = new(Group);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task EachRuleRaisesItsReminder_AndClosedOutCompletedOrUnstartedTasksGetNone()
    {
        var outcome = await _rig.Job.RunAsync(D(6, 10), CancellationToken.None);

        Assert.True(outcome.Result.Succeeded);
        Assert.Equal(4, outcome.Raised);
        Assert.Equal(
            [
                ("DL", ReminderKind.DeadlineNear, D(6, 10), 5, "2026-06-15"),
                ("MS", ReminderKind.MilestoneDue, D(6, 10), 2, _rig.Reminders().Single(r => r.Unit == "MS").DueKey),
                ("NR", ReminderKind.NoRecentReport, D(6, 10), 40, "2026-05-01"),
                ("RT", ReminderKind.ReturnedNotResubmitted, D(6, 10), 8, _rig.Reminders().Single(r => r.Unit == "RT").DueKey),
            ],
            _rig.Reminders());
        Assert.StartsWith("2026-06-12#", _rig.Reminders().Single(r => r.Unit == "MS").DueKey, StringComparison.Ordinal);
        Assert.StartsWith("report:", _rig.Reminders().Single(r => r.Unit == "RT").DueKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUnitsInboxSaysWhatToDo_InChinese()
    {
        await _rig.Job.RunAsync(D(6, 10), CancellationToken.None);
        var localizer = Localizer();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        try
        {
            var milestone = Assert.Single(await _rig.Queries.ForUnitAsync(_rig.UnitId("MS")));
            Assert.Equal("T-MS", milestone.TaskCode);
            Assert.Equal("节点“完成方案”将于 2026-06-12 到期（还有 2 天），请按期完成并报送。", localizer.Describe(milestone));
            var silent = Assert.Single(await _rig.Queries.ForUnitAsync(_rig.UnitId("NR")));
            Assert.Equal("已 40 天未报送进展（上次报送或开始日期：2026-05-01），请及时报送。", localizer.Describe(silent));
            Assert.Empty(await _rig.Queries.ForUnitAsync(_rig.UnitId("CL")));
            Assert.Empty(await _rig.Queries.ForUnitAsync(_rig.UnitId("CP")));
            Assert.Empty(await _rig.Queries.ForUnitAsync(_rig.UnitId("NS")));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task RunTwiceOnADay_RaisesNothingNew_AndEnqueuesTheSummaryOnce()
    {
        var first = await _rig.Job.RunAsync(D(6, 10), CancellationToken.None);
        var second = await _rig.Job.RunAsync(D(6, 10), CancellationToken.None);

        Assert.Equal((4, 1), (first.Raised, first.WebhooksEnqueued));
        Assert.Equal((0, 0, null), (second.Raised, second.WebhooksEnqueued, second.BatchId));
        Assert.Equal(4, _rig.Reminders().Count);
        Assert.Equal([("督查群", first.BatchId!)], _rig.Enqueued());
        await using var db = _rig.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("RaiseReminders", "job:chasing", ActorRole.System), (audit.Action, audit.Actor, audit.ActorRole));
    }

    [Fact]
    public async Task DailyRunsForSixWeeks_RaiseEachOccasionOnce_OnTheDayItFallsDue()
    {
        // From the day after the list's last report (06-05) to 07-15, once a day.
        for (var day = D(6, 6); day <= D(7, 15); day = day.AddDays(1))
        {
            await _rig.Job.RunAsync(day, CancellationToken.None);
        }

        Assert.Equal(
            [
                ("DL", ReminderKind.DeadlineNear, D(6, 8)),              // 7 days before the deadline 06-15
                ("DL", ReminderKind.NoRecentReport, D(7, 5)),            // 30 days after its report of 06-05 (overdue, still chased)
                ("MS", ReminderKind.MilestoneDue, D(6, 9)),              // 3 days before the milestone of 06-12
                ("MS", ReminderKind.NoRecentReport, D(7, 1)),            // 30 days after its report of 06-01
                ("NR", ReminderKind.NoRecentReport, D(6, 6)),            // already 36 days after 05-01 on the first run
                ("NS", ReminderKind.DeadlineNear, D(7, 1)),              // starts 07-01, due 07-05: chased once it has started
                ("RT", ReminderKind.ReturnedNotResubmitted, D(6, 7)),    // 5 days after the return on 06-02
                ("RT", ReminderKind.NoRecentReport, D(7, 1)),            // the returned report of 06-01 was its last report
            ],
            _rig.Reminders().Select(r => (r.Unit, r.Kind, r.RaisedOn)));
        Assert.Equal(6, _rig.Enqueued().Count);   // one summary for each day that raised something
    }

    [Fact]
    public async Task AfterDaysOfDowntime_EachReminderStillDueIsRaisedOnce()
    {
        var before = await _rig.Job.RunAsync(D(6, 5), CancellationToken.None);
        Assert.Equal(1, before.Raised);

        // Down from 06-06 to 06-13; the first run after the gap, again that day, then the next day as usual.
        var back = await _rig.Job.RunAsync(D(6, 14), CancellationToken.None);
        var again = await _rig.Job.RunAsync(D(6, 14), CancellationToken.None);
        var next = await _rig.Job.RunAsync(D(6, 15), CancellationToken.None);

        Assert.Equal((2, 0, 0), (back.Raised, again.Raised, next.Raised));
        Assert.Equal(
            [
                ("DL", ReminderKind.DeadlineNear, D(6, 14), 1),
                ("NR", ReminderKind.NoRecentReport, D(6, 5), 35),
                ("RT", ReminderKind.ReturnedNotResubmitted, D(6, 14), 12),
            ],
            _rig.Reminders().Select(r => (r.Unit, r.Kind, r.RaisedOn, r.Days)));
    }

    [Fact]
    public async Task ANewReport_StartsANewGap_AndOnlyThatGapRaisesTheNextReminder()
    {
        await _rig.Job.RunAsync(D(6, 10), CancellationToken.None);
        using (var db = _rig.Database.CreateDbContext())
        {
            var task = db.Tasks.Include(t => t.LeadUnit).Single(t => t.Code == "T-NR");
            db.Reports.Add(new ScreenBoard.Domain.Reports.ProgressReport(task, task.LeadUnit, D(6, 12), 55, "新进展", "填报员", Build.Noon));
            db.SaveChanges();
        }

        await _rig.Job.RunAsync(D(7, 11), CancellationToken.None);
        Assert.Single(_rig.Reminders(), r => r.Unit == "NR");
        await _rig.Job.RunAsync(D(7, 12), CancellationToken.None);

        Assert.Equal(
            [(D(6, 10), "2026-05-01"), (D(7, 12), "2026-06-12")],
            _rig.Reminders().Where(r => r.Unit == "NR").Select(r => (r.RaisedOn, r.DueKey)));
    }

    [Fact]
    public async Task OnlyTheOfficeMayChase_AndARefusalWritesNothing()
    {
        var reporter = new Actor("华西镇填报员", ActorRole.Reporter, _rig.UnitId("NR"), "10.0.0.8");

        var outcome = await _rig.Job.RunAsync(D(6, 10), reporter);

        Assert.Equal(CommandError.Forbidden, outcome.Result.Error);
        Assert.Empty(_rig.Reminders());
        Assert.Empty(_rig.Enqueued());
    }
}
