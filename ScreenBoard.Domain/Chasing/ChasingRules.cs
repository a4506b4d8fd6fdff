using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Domain.Chasing;

/// <summary>How long a unit may leave each kind of work before it is chased (<c>Workflow:*</c>).</summary>
/// <param name="ReportEveryDays">Days without a report (any state) from the lead unit.</param>
/// <param name="MilestoneWithinDays">A milestone due today or within this many days.</param>
/// <param name="DeadlineWithinDays">The deadline today or within this many days.</param>
/// <param name="ReturnedWithinDays">Days a returned report may wait for its resubmission.</param>
public sealed record ChasingParameters(int ReportEveryDays = 30, int MilestoneWithinDays = 3, int DeadlineWithinDays = 7, int ReturnedWithinDays = 5);

/// <summary>An open task as the chasing rules see it.</summary>
public sealed record ChasedTask(int TaskId, int LeadUnitId, DateOnly Start, DateOnly Deadline, IReadOnlyList<ChasedMilestone> Milestones, IReadOnlyList<ChasedReport> Reports);

public sealed record ChasedMilestone(int MilestoneId, string Title, DateOnly Due);

/// <param name="ReturnedOn">The office date it was returned; null unless <see cref="State"/> is Returned.</param>
public sealed record ChasedReport(int ReportId, int UnitId, DateOnly ReportDate, int Percent, ReportState State, DateTimeOffset SubmittedAt, DateTimeOffset? ReturnedAt, DateOnly? ReturnedOn);

/// <summary>
/// 催办: which units must act on which tasks on a date. Values in, reminders out; about work not done
/// (a report, a milestone, a deadline, a correction), never about time online (基层减负).
/// A task is chased only while it is started, not closed out (the caller leaves those out) and not
/// completed (an accepted 100 % report dated on or before the date).
/// </summary>
public static class ChasingRules
{
    public static IReadOnlyList<Reminder> Due(DateOnly today, IEnumerable<ChasedTask> tasks, ChasingParameters parameters, DateTimeOffset now, string batchId)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(parameters);
        var reminders = new List<Reminder>();
        foreach (var task in tasks.Where(t => t.Start <= today && !IsCompleted(t, today)))
        {
            var lastReport = task.Reports.Where(r => r.UnitId == task.LeadUnitId && r.ReportDate <= today)
                .Select(r => (DateOnly?)r.ReportDate).Max() ?? task.Start;
            if (today.DayNumber - lastReport.DayNumber >= parameters.ReportEveryDays)
            {
                reminders.Add(Reminder.NoRecentReport(task.LeadUnitId, task.TaskId, lastReport, today, now, batchId));
            }

            foreach (var milestone in task.Milestones.Where(m => Within(today, m.Due, parameters.MilestoneWithinDays)))
            {
                reminders.Add(Reminder.MilestoneDue(task.LeadUnitId, task.TaskId, milestone.MilestoneId, milestone.Title, milestone.Due, today, now, batchId));
            }

            if (Within(today, task.Deadline, parameters.DeadlineWithinDays))
            {
                reminders.Add(Reminder.DeadlineNear(task.LeadUnitId, task.TaskId, task.Deadline, today, now, batchId));
            }

            foreach (var returned in task.Reports.Where(r => r.State == ReportState.Returned && r.ReturnedOn is { } on && today.DayNumber - on.DayNumber >= parameters.ReturnedWithinDays))
            {
                var resubmitted = task.Reports.Any(r => r.UnitId == returned.UnitId && r.ReportId != returned.ReportId && r.SubmittedAt > returned.ReturnedAt);
                if (!resubmitted)
                {
                    reminders.Add(Reminder.ReturnedNotResubmitted(returned.UnitId, task.TaskId, returned.ReportId, returned.ReturnedOn!.Value, today, now, batchId));
                }
            }
        }

        return reminders;
    }

    private static bool IsCompleted(ChasedTask task, DateOnly today) =>
        task.Reports.Any(r => r.State == ReportState.Accepted && r.Percent >= 100 && r.ReportDate <= today);

    /// <summary>Due today or within <paramref name="days"/> days from today.</summary>
    private static bool Within(DateOnly today, DateOnly due, int days) =>
        due >= today && due.DayNumber - today.DayNumber <= days;
}
