using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Persistence;

/// <summary>What the boards show besides scores: notices, a task's drill-down. No scoring here.</summary>
public sealed class BoardDetailReader(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    /// <summary>
    /// The notices of the date's list year (those with a step reached by the date in that year: the ones that count
    /// in its deductions), as they stood on the date, with days left to the fix deadline.
    /// </summary>
    public async Task<IReadOnlyList<NoticeRow>> NoticesAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notices.AsNoTracking()
            .Where(n => n.IssuedOn <= asOf)
            .Select(n => new
            {
                n.Id, n.UnitId, UnitName = n.Unit!.Name, TaskCode = n.Task == null ? null : n.Task.Code, TaskTitle = n.Task == null ? null : n.Task.Title,
                n.Reason, n.IssuedOn, n.YellowWarningOn, n.RedCardOn, n.FixDeadline, n.ResolvedOn, n.Version,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(n => (Row: n, Steps: new LadderSteps(n.IssuedOn, n.YellowWarningOn, n.RedCardOn)))
            .Where(n => n.Steps.CountsOn(asOf, asOf.Year))
            .Select(n => NoticeRow.On(asOf, n.Row.Id, n.Row.UnitId, n.Row.UnitName, n.Row.TaskCode, n.Row.TaskTitle, n.Row.Reason, n.Steps, n.Row.FixDeadline, n.Row.ResolvedOn, n.Row.Version))
            .OrderByDescending(n => n.Step)
            .ThenBy(n => n.DaysLeft)
            .ThenBy(n => n.NoticeId) // a total order: PostgreSQL returns tied rows in no fixed order, and the board held in memory must equal a full read
            .ToList();
    }

    /// <summary>A task's drill-down by code in the list of the date's year; null when there is none.</summary>
    public async Task<TaskDetail?> TaskAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.Milestones)
            .Include(t => t.CoUnits).ThenInclude(c => c.Unit)
            .Include(t => t.SupervisingUnit)
            .Where(t => t.Code == code && t.List.Year == asOf.Year)
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.TaskId == task.Id)
            .OrderByDescending(r => r.ReportDate).ThenByDescending(r => r.Id)
            .Select(r => new ReportView(r.Id, r.ReportDate, r.Percent, r.Narrative, r.State, r.ReturnReason, r.SubmittedBy,
                r.AcceptedAt ?? r.ReturnedAt ?? r.ReviewedAt ?? r.SubmittedAt))
            .ToListAsync(cancellationToken);
        var notices = (await NoticesAsync(asOf, cancellationToken)).Where(n => n.TaskCode == task.Code).ToList();
        var cumulative = 0m;
        var milestones = task.Milestones.OrderBy(m => m.Due)
            .Select(m => new MilestoneView(m.Title, m.Due, m.Share, cumulative += m.Share))
            .ToList();
        return new TaskDetail(task.Id, task.Code, task.Title, task.Goal, task.ResponsibleLeader, task.SupervisingUnit?.Name,
            task.CoUnits.Select(c => c.Unit.Name).ToList(), milestones, reports, notices);
    }
}
