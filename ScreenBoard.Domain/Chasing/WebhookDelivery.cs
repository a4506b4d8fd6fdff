using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Chasing;

/// <summary>
/// One chasing summary posted to one group webhook: recorded after the robot said ok, so a retry of a
/// delivery that already went through, or a second run, posts nothing again. Unique per (webhook, batch).
/// </summary>
public sealed class WebhookDelivery : Entity
{
    private WebhookDelivery()
    {
        WebhookName = string.Empty;
        BatchId = string.Empty;
    }

    public WebhookDelivery(string webhookName, string batchId, DateOnly runDate, int reminderCount, DateTimeOffset sentAt)
    {
        WebhookName = Guard.Required(webhookName, "Webhook.Name", 100);
        BatchId = Guard.Required(batchId, "Reminder.BatchId", 32);
        RunDate = runDate;
        ReminderCount = reminderCount;
        SentAt = sentAt;
    }

    /// <summary>The configured name (<c>Chasing:Webhooks:n:Name</c>).</summary>
    public string WebhookName { get; private set; }

    public string BatchId { get; private set; }

    /// <summary>The office date of the chasing run.</summary>
    public DateOnly RunDate { get; private set; }

    /// <summary>How many reminders the summary counted.</summary>
    public int ReminderCount { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
