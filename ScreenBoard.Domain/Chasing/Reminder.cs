using System.Globalization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Chasing;

/// <summary>
/// 催办: an item in a unit's inbox saying which task needs what from it. Raised once per
/// (unit, task, kind, due key): the due key names the occasion (the milestone and its date, the deadline,
/// the returned report, the date of the last report), so the same occasion never raises it twice and a
/// new occasion (a new 30-day gap, a moved deadline) raises a new one. The text is the app's: the
/// reminder keeps its kind and parameters.
/// </summary>
public sealed class Reminder : Entity
{
    private Reminder()
    {
        DueKey = string.Empty;
        BatchId = string.Empty;
    }

    private Reminder(int unitId, int taskId, ReminderKind kind, string dueKey, DateOnly raisedOn, DateTimeOffset createdAt, string batchId)
    {
        UnitId = unitId;
        TaskId = taskId;
        Kind = kind;
        DueKey = dueKey;
        RaisedOn = raisedOn;
        CreatedAt = createdAt;
        BatchId = Guard.Required(batchId, "Reminder.BatchId", 32);
    }

    /// <summary>The unit that must act (the lead unit; for a returned report, the unit that sent it).</summary>
    public int UnitId { get; private set; }

    public int TaskId { get; private set; }

    public ReminderKind Kind { get; private set; }

    /// <summary>What makes this occasion unique among the unit's reminders of the task and kind.</summary>
    public string DueKey { get; private set; }

    /// <summary>The office date the reminder was raised for.</summary>
    public DateOnly RaisedOn { get; private set; }

    /// <summary>Days without a report (NoRecentReport), days left (MilestoneDue, DeadlineNear) or days since the return.</summary>
    public int Days { get; private set; }

    /// <summary>The date the occasion is about: the last report (or the task's start), the milestone's due date, the deadline, the return.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The milestone's title (MilestoneDue).</summary>
    public string? MilestoneTitle { get; private set; }

    /// <summary>The returned report (ReturnedNotResubmitted).</summary>
    public int? ReportId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The chasing run that raised it: the webhook summary of that run lists exactly its reminders.</summary>
    public string BatchId { get; private set; }

    /// <summary>When the unit first opened it; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When the unit put it away; null while it stays in the inbox.</summary>
    public DateTimeOffset? DismissedAt { get; private set; }

    /// <summary>No report since <paramref name="lastReportOrStart"/> (the last report's date, or the task's start).</summary>
    public static Reminder NoRecentReport(int unitId, int taskId, DateOnly lastReportOrStart, DateOnly today, DateTimeOffset now, string batchId) =>
        new(unitId, taskId, ReminderKind.NoRecentReport, Key(lastReportOrStart), today, now, batchId)
        {
            Date = lastReportOrStart,
            Days = today.DayNumber - lastReportOrStart.DayNumber,
        };

    /// <summary>A milestone due on <paramref name="due"/>.</summary>
    public static Reminder MilestoneDue(int unitId, int taskId, int milestoneId, string title, DateOnly due, DateOnly today, DateTimeOffset now, string batchId) =>
        new(unitId, taskId, ReminderKind.MilestoneDue, Key(due) + "#" + milestoneId.ToString(CultureInfo.InvariantCulture), today, now, batchId)
        {
            Date = due,
            Days = due.DayNumber - today.DayNumber,
            MilestoneTitle = Guard.Required(title, "Milestone.Title", 200),
        };

    /// <summary>The task's deadline in force is <paramref name="deadline"/>.</summary>
    public static Reminder DeadlineNear(int unitId, int taskId, DateOnly deadline, DateOnly today, DateTimeOffset now, string batchId) =>
        new(unitId, taskId, ReminderKind.DeadlineNear, Key(deadline), today, now, batchId)
        {
            Date = deadline,
            Days = deadline.DayNumber - today.DayNumber,
        };

    /// <summary>Report <paramref name="reportId"/> came back on <paramref name="returnedOn"/> and nothing has been sent since.</summary>
    public static Reminder ReturnedNotResubmitted(int unitId, int taskId, int reportId, DateOnly returnedOn, DateOnly today, DateTimeOffset now, string batchId) =>
        new(unitId, taskId, ReminderKind.ReturnedNotResubmitted, "report:" + reportId.ToString(CultureInfo.InvariantCulture), today, now, batchId)
        {
            Date = returnedOn,
            Days = today.DayNumber - returnedOn.DayNumber,
            ReportId = reportId,
        };

    /// <summary>The unit has seen it (the first time counts).</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>The unit puts it away; it also counts as read.</summary>
    public void Dismiss(DateTimeOffset at)
    {
        MarkRead(at);
        DismissedAt ??= at;
    }

    /// <summary>The identity of the occasion, for comparing with what is already stored.</summary>
    public (int UnitId, int TaskId, ReminderKind Kind, string DueKey) Identity => (UnitId, TaskId, Kind, DueKey);

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
