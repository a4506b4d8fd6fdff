using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Jobs;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>
/// One delivery: the summary of one chasing batch to one group robot. Its own Hangfire job, so a robot
/// that is down is retried by Hangfire and holds up neither the chasing run nor the other robots.
/// Recorded after the robot said ok; a delivery already recorded posts nothing.
/// </summary>
public sealed class ChasingWebhookJob(
    IDbContextFactory<ScreenBoardDbContext> contexts,
    WriteRunner writes,
    IOptions<ChasingOptions> options,
    ChasingWebhookClient client,
    ChasingSummary summary,
    ILogger<ChasingWebhookJob> logger)
{
    /// <summary>The actor the audit trail names for a delivery.</summary>
    public static readonly Actor Actor = Actor.System("job:" + RecurringJobIds.Chasing + "-webhook");

    /// <summary>Posts batch <paramref name="batchId"/>'s summary to the webhook named <paramref name="webhookName"/>; throws when the robot refuses (Hangfire retries).</summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task<bool> DeliverAsync(string webhookName, string batchId, CancellationToken cancellationToken)
    {
        var webhook = options.Value.Webhooks.FirstOrDefault(w => string.Equals(w.Name, webhookName, StringComparison.OrdinalIgnoreCase));
        if (webhook is null)
        {
            logger.LogWarning("Chasing webhook {Webhook} is no longer configured; batch {Batch} not posted there", webhookName, batchId);
            return false;
        }

        List<UnitReminderCount> counts;
        DateOnly runDate;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.WebhookDeliveries.AnyAsync(d => d.WebhookName == webhook.Name && d.BatchId == batchId, cancellationToken))
            {
                logger.LogInformation("Chasing batch {Batch} already posted to {Webhook}", batchId, webhook.Name);
                return false;
            }

            var rows = await db.Reminders.AsNoTracking().Where(r => r.BatchId == batchId)
                .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Name, r.Kind, r.RaisedOn })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return false;
            }

            runDate = rows[0].RaisedOn;
            counts = rows.GroupBy(r => (r.Name, r.Kind)).Select(g => new UnitReminderCount(g.Key.Name, g.Key.Kind, g.Count())).ToList();
        }

        var (title, markdown) = summary.Write(runDate, counts);
        await client.PostAsync(webhook, title, markdown, cancellationToken);

        var total = counts.Sum(c => c.Count);
        var recorded = await writes.RunAsync(Actor, scope =>
        {
            scope.Db.WebhookDeliveries.Add(new WebhookDelivery(webhook.Name, batchId, runDate, total, scope.Now));
            scope.Audit("PostChasingSummary", nameof(WebhookDelivery), $"{webhook.Name}/{batchId}", null, new { webhook = webhook.Name, kind = webhook.Kind.ToString(), date = runDate, count = total });
            return Task.CompletedTask;
        }, cancellationToken: cancellationToken);
        if (!recorded.Succeeded)
        {
            logger.LogWarning("Chasing batch {Batch} posted to {Webhook} but not recorded: {Result}", batchId, webhook.Name, recorded);
        }

        return true;
    }
}
