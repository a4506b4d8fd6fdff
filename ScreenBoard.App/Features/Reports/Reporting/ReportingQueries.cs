using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>Reads for 干: a unit's tasks and reports, the report form, extension requests, an evidence file's record.</summary>
public sealed class ReportingQueries(IDbContextFactory<ScreenBoardDbContext> contexts)
{
    /// <summary>The tasks of the list of <paramref name="today"/>'s year that <paramref name="unitId"/> leads or co-handles.</summary>
    public async Task<IReadOnlyList<MyTask>> MyTasksAsync(int unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.List.Year == today.Year && (t.LeadUnitId == unitId || t.CoUnits.Any(c => c.UnitId == unitId)))
            .OrderBy(t => t.Code)
            .Select(t => new { t.Id, t.Code, IsLead = t.LeadUnitId == unitId })
            .ToListAsync(cancellationToken);
        var ids = tasks.Select(t => t.Id).ToList();
        var next = (await db.Milestones.AsNoTracking().Where(m => ids.Contains(m.TaskId) && m.Due >= today)
                .Select(m => new { m.TaskId, Choice = new MilestoneChoice(m.Id, m.Title, m.Due) }).ToListAsync(cancellationToken))
            .GroupBy(m => m.TaskId).ToDictionary(g => g.Key, g => g.Select(m => m.Choice).OrderBy(m => m.Due).First());
        var lastIds = await db.Reports.AsNoTracking().Where(r => r.UnitId == unitId && ids.Contains(r.TaskId))
            .GroupBy(r => r.TaskId).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var last = (await ReportsAsync(db, db.Reports.Where(r => lastIds.Contains(r.Id)), cancellationToken)).ToDictionary(r => r.TaskId, r => r.View);
        var extensionIds = await db.Extensions.AsNoTracking().Where(e => ids.Contains(e.TaskId))
            .GroupBy(e => e.TaskId).Select(g => g.Max(e => e.Id)).ToListAsync(cancellationToken);
        var extensions = (await ExtensionsAsync(db, db.Extensions.Where(e => extensionIds.Contains(e.Id)), cancellationToken)).ToDictionary(e => e.TaskId);
        return tasks.Select(t => new MyTask(t.Id, t.Code, t.IsLead, next.GetValueOrDefault(t.Id), last.GetValueOrDefault(t.Id), extensions.GetValueOrDefault(t.Id))).ToList();
    }

    /// <summary>
    /// The report form for the unit's task <paramref name="code"/>: prefilled from the returned report <paramref name="resubmitting"/>
    /// (when it is the unit's own), else from the unit's latest report of the task. Null when the unit neither leads nor co-handles it.
    /// </summary>
    public async Task<ReportForm?> FormAsync(int unitId, string code, int year, int? resubmitting, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.List.Year == year && t.Code == code && (t.LeadUnitId == unitId || t.CoUnits.Any(c => c.UnitId == unitId)))
            .Select(t => new { t.Id, t.Code, t.Title, t.Start, t.Deadline, t.IsClosedOut, IsLead = t.LeadUnitId == unitId })
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.TaskId == task.Id).OrderBy(m => m.Due)
            .Select(m => new MilestoneChoice(m.Id, m.Title, m.Due)).ToListAsync(cancellationToken);
        var reports = db.Reports.Where(r => r.TaskId == task.Id && r.UnitId == unitId);
        reports = resubmitting is { } id ? reports.Where(r => r.Id == id) : reports.OrderByDescending(r => r.Id).Take(1);
        var previous = (await ReportsAsync(db, reports, cancellationToken)).Select(r => r.View).SingleOrDefault();
        return new ReportForm(task.Id, task.Code, task.Title, task.Start, task.Deadline, task.IsClosedOut, task.IsLead, milestones, previous);
    }

    /// <summary>The unit's reports of a task, newest first (the history the unit sees, returned ones included).</summary>
    public async Task<IReadOnlyList<UnitReportView>> HistoryAsync(int unitId, int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ReportsAsync(db, db.Reports.Where(r => r.TaskId == taskId && r.UnitId == unitId), cancellationToken))
            .Select(r => r.View).OrderByDescending(r => r.ReportId).ToList();
    }

    /// <summary>Every extension request of a task, newest first.</summary>
    public async Task<IReadOnlyList<ExtensionView>> ExtensionsOfTaskAsync(int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ExtensionsAsync(db, db.Extensions.Where(e => e.TaskId == taskId), cancellationToken)).OrderByDescending(e => e.Id).ToList();
    }

    /// <summary>The requests waiting for the office, oldest first.</summary>
    public async Task<IReadOnlyList<ExtensionView>> PendingExtensionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ExtensionsAsync(db, db.Extensions.Where(e => e.State == ExtensionState.Pending), cancellationToken)).OrderBy(e => e.Id).ToList();
    }

    /// <summary>An evidence file's record with what decides who may see it; null when there is none.</summary>
    public async Task<EvidenceFile?> EvidenceAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Evidence.AsNoTracking().Where(e => e.Id == id)
            .Join(db.Reports, e => e.ReportId, r => r.Id, (e, r) => new EvidenceFile(e.Id, e.OriginalName, e.StoredName, e.ContentType, e.UploadedAt, r.UnitId, r.Unit!.ReviewingUnitId))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<List<(int TaskId, UnitReportView View)>> ReportsAsync(ScreenBoardDbContext db, IQueryable<ProgressReport> reports, CancellationToken cancellationToken)
    {
        var rows = await reports.AsNoTracking()
            .Select(r => new
            {
                r.TaskId, r.Id, r.Version, r.ReportDate, r.Percent, r.Narrative, r.State, r.ReturnReason,
                Resubmitted = r.ResubmittedAt != null, r.MilestoneId, MilestoneTitle = r.Milestone == null ? null : r.Milestone.Title,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var evidence = await EvidenceOfAsync(db, ids, cancellationToken);
        return rows.Select(r => (r.TaskId, new UnitReportView(
            r.Id, r.Version, r.ReportDate, r.Percent, r.Narrative, r.State, r.ReturnReason, r.Resubmitted, r.MilestoneId, r.MilestoneTitle, evidence[r.Id].ToList()))).ToList();
    }

    private static async Task<List<ExtensionView>> ExtensionsAsync(ScreenBoardDbContext db, IQueryable<ExtensionRequest> requests, CancellationToken cancellationToken) =>
        await requests.AsNoTracking()
            .Select(e => new ExtensionView(
                e.Id, e.Version, e.TaskId, e.Task!.Code, e.Task.Title, e.Unit!.Name, e.OldDeadline, e.RequestedDeadline,
                e.Reason, e.State, e.RequestedBy, e.RequestedAt, e.DecidedBy, e.DecisionNote))
            .ToListAsync(cancellationToken);

    /// <summary>The evidence of the given reports, by report, in upload order: what the unit's card and the inboxes show.</summary>
    internal static async Task<ILookup<int, EvidenceItem>> EvidenceOfAsync(ScreenBoardDbContext db, IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken) =>
        (await db.Evidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId)).OrderBy(e => e.Id)
                .Select(e => new { e.ReportId, e.Id, e.OriginalName, e.Kind, e.Size }).ToListAsync(cancellationToken))
            .ToLookup(e => e.ReportId, e => new EvidenceItem(e.Id, e.OriginalName, e.Kind != EvidenceKind.Pdf, e.Size));
}
