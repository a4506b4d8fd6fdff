using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>
/// 催办: each day (and when the office presses 立即催办) finds the tasks whose unit must act and puts a
/// reminder in the unit's inbox, each occasion once; then enqueues one webhook delivery per configured
/// group robot for the reminders this run raised (docs/decisions/015-chasing.md). Running it twice on
/// a day raises nothing the second time and so posts nothing.
/// </summary>
public sealed class ChasingJob(
    WriteRunner writes,
    OfficeClock clock,
    IOptions<WorkflowOptions> workflow,
    IOptions<ChasingOptions> chasing,
    IBackgroundJobClient jobs,
    ILogger<ChasingJob> logger)
{
    /// <summary>The actor the audit trail names for the daily run.</summary>
    public static readonly Actor Actor = Actor.System("job:" + RecurringJobIds.Chasing);

    /// <summary>The recurring entry point: today in the office's time zone.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task<ChasingOutcome> RunTodayAsync(CancellationToken cancellationToken) => RunAsync(clock.Today, cancellationToken);

    /// <summary>Chases as of <paramref name="today"/>, as the job.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task<ChasingOutcome> RunAsync(DateOnly today, CancellationToken cancellationToken) => RunAsync(today, Actor, cancellationToken);

    /// <summary>Chases as of <paramref name="today"/> on behalf of <paramref name="actor"/> (the office only).</summary>
    public async Task<ChasingOutcome> RunAsync(DateOnly today, Actor actor, CancellationToken cancellationToken = default)
    {
        var batchId = Guid.NewGuid().ToString("N");
        var parameters = workflow.Value.ToParameters();

        // IMMEDIATE: the read of what exists and the insert of what is new hold the write lock together,
        // so two runs at once (the schedule and the button) cannot both raise the same occasion.
        var (result, raised) = await writes.RunAsync(actor, async scope =>
        {
            WriteScope.Require(actor.IsOffice);
            var tasks = await ReadOpenTasksAsync(scope.Db, today, cancellationToken);
            var due = ChasingRules.Due(today, tasks, parameters, scope.Now, batchId);
            var taskIds = due.Select(r => r.TaskId).Distinct().ToList();
            var stored = await scope.Db.Reminders.AsNoTracking()
                .Where(r => taskIds.Contains(r.TaskId))
                .Select(r => new { r.UnitId, r.TaskId, r.Kind, r.DueKey })
                .ToListAsync(cancellationToken);
            var known = stored.Select(r => (r.UnitId, r.TaskId, r.Kind, r.DueKey)).ToHashSet();
            var fresh = due.Where(r => known.Add(r.Identity)).ToList();
            if (fresh.Count > 0)
            {
                scope.Db.Reminders.AddRange(fresh);
                scope.Audit("RaiseReminders", nameof(Reminder), batchId, null, new
                {
                    date = today,
                    count = fresh.Count,
                    kinds = fresh.GroupBy(r => r.Kind.ToString()).ToDictionary(g => g.Key, g => g.Count()),
                });
            }

            return fresh.Count;
        }, serialized: true, cancellationToken);

        if (!result.Succeeded)
        {
            return new ChasingOutcome(result, today, 0, null, 0);
        }

        var enqueued = 0;
        if (raised > 0)
        {
            foreach (var webhook in chasing.Value.Webhooks)
            {
                var name = webhook.Name;
                jobs.Enqueue<ChasingWebhookJob>(job => job.DeliverAsync(name, batchId, CancellationToken.None));
                enqueued++;
            }
        }

        logger.LogInformation("Chasing on {Date}: {Raised} new reminders (batch {Batch}), {Deliveries} webhook deliveries enqueued", today, raised, batchId, enqueued);
        return new ChasingOutcome(result, today, raised, raised > 0 ? batchId : null, enqueued);
    }

    /// <summary>Open tasks (not closed out, started) with their milestones and every report, as values.</summary>
    private async Task<List<ChasedTask>> ReadOpenTasksAsync(ScreenBoardDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => !t.IsClosedOut && t.Start <= today)
            .Select(t => new { t.Id, t.LeadUnitId, t.Start, t.Deadline, Milestones = t.Milestones.Select(m => new { m.Id, m.Title, m.Due }).ToList() })
            .ToListAsync(cancellationToken);
        var reports = (await db.Reports.AsNoTracking()
            .Where(r => !r.Task!.IsClosedOut && r.Task.Start <= today)
            .Select(r => new { r.Id, r.TaskId, r.UnitId, r.ReportDate, r.Percent, r.State, r.SubmittedAt, r.ReturnedAt })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.TaskId, r => new ChasedReport(r.Id, r.UnitId, r.ReportDate, r.Percent, r.State, r.SubmittedAt, r.ReturnedAt, r.ReturnedAt is { } at ? OfficeDate(at) : null));
        return tasks.Select(t => new ChasedTask(
            t.Id, t.LeadUnitId, t.Start, t.Deadline,
            t.Milestones.Select(m => new ChasedMilestone(m.Id, m.Title, m.Due)).ToList(),
            reports[t.Id].ToList())).ToList();
    }

    private DateOnly OfficeDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.Zone).DateTime);
}

/// <summary>What a chasing run did.</summary>
/// <param name="Result">Refused (e.g. not the office) or done.</param>
/// <param name="Raised">Reminders new in this run (0 when everything due was already raised).</param>
/// <param name="BatchId">The run's batch, when it raised any.</param>
/// <param name="WebhooksEnqueued">Deliveries handed to Hangfire.</param>
public sealed record ChasingOutcome(CommandResult Result, DateOnly Date, int Raised, string? BatchId, int WebhooksEnqueued);
