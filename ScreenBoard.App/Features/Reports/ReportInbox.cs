using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Inbox;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>
/// The inboxes of reports on their way, paged in the database (Skip/Take and a COUNT, oldest first):
/// a Reviewer's holds the submitted reports of the units it is the competent department of; the Office's
/// holds the reviewed reports and the submitted reports of units without a competent department.
/// Its count is the reports' share of 待我处理.
/// </summary>
public sealed class ReportInbox(IDbContextFactory<ScreenBoardDbContext> contextFactory) : IPendingWorkSource
{
    /// <summary>One page of what waits for <paramref name="actor"/>; an empty page for anyone without an inbox.</summary>
    public async Task<InboxPage> PageAsync(Actor actor, InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!HasInbox(actor))
        {
            return InboxPage.Empty;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reports = Filtered(Waiting(db, actor), query);
        var total = await reports.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + InboxQuery.PageSize - 1) / InboxQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        // The page's keys first (the sort holds dates and ids only), then those 20 rows with their narratives.
        var keys = reports
            .OrderBy(r => r.ReportDate).ThenBy(r => r.Id)
            .Skip((page - 1) * InboxQuery.PageSize).Take(InboxQuery.PageSize)
            .Select(r => r.Id);
        var items = await db.Reports.AsNoTracking()
            .Where(r => keys.Contains(r.Id))
            .OrderBy(r => r.ReportDate).ThenBy(r => r.Id)
            .Select(r => new ReportInboxItem(
                r.Id, r.Version, r.TaskId, r.Task!.Code, r.Task.Title, r.Unit!.Code, r.Unit.Name, r.ReportDate, r.Percent,
                r.Narrative, r.State, r.Unit.ReviewingUnitId == null))
            .ToListAsync(cancellationToken);
        var evidence = await Reporting.ReportingQueries.EvidenceOfAsync(db, items.ConvertAll(i => i.ReportId), cancellationToken);
        return new InboxPage(items.ConvertAll(i => i with { Evidence = evidence[i.ReportId].ToList() }), total, page);
    }

    /// <summary>The units that have reports in <paramref name="actor"/>'s inbox, by code.</summary>
    public async Task<IReadOnlyList<InboxUnit>> UnitsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!HasInbox(actor))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var unitIds = Waiting(db, actor).Select(r => r.UnitId).Distinct();
        return await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Code)
            .Select(u => new InboxUnit(u.Code, u.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>How many reports wait for <paramref name="actor"/> (one COUNT).</summary>
    public async Task<int> CountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!HasInbox(actor))
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Waiting(db, actor).CountAsync(cancellationToken);
    }

    private static bool HasInbox(Actor actor) => actor.Role == ActorRole.Office || actor is { Role: ActorRole.Reviewer, UnitId: not null };

    private static IQueryable<ProgressReport> Waiting(ScreenBoardDbContext db, Actor actor)
    {
        var reports = db.Reports.AsNoTracking();
        return actor.Role == ActorRole.Office
            ? reports.Where(r => r.State == ReportState.Reviewed || (r.State == ReportState.Submitted && r.Unit!.ReviewingUnitId == null))
            : reports.Where(r => r.State == ReportState.Submitted && r.Unit!.ReviewingUnitId == actor.UnitId);
    }

    private static IQueryable<ProgressReport> Filtered(IQueryable<ProgressReport> reports, InboxQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var code = query.UnitCode.Trim();
            reports = reports.Where(r => r.Unit!.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(query.TaskText))
        {
            var pattern = TextSearch.ContainsPattern(query.TaskText);
            reports = reports.Where(r => EF.Functions.Like(r.Task!.Code.ToLower(), pattern, TextSearch.Escape) || EF.Functions.Like(r.Task.Title.ToLower(), pattern, TextSearch.Escape));
        }

        return reports;
    }
}
