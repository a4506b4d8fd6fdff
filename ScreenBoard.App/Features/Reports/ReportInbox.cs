using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>Reports on their way: submitted (waiting for the competent department) and reviewed (waiting for the office).</summary>
public sealed class ReportInbox(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    /// <summary>What <paramref name="actor"/> may see: the office every report, a reviewer the reports of the units it is competent for, anyone else none.</summary>
    public async Task<IReadOnlyList<ReportInboxItem>> PendingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOffice && actor is not { Role: ActorRole.Reviewer, UnitId: not null })
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reports = db.Reports.AsNoTracking().Where(r => r.State == ReportState.Submitted || r.State == ReportState.Reviewed);
        if (!actor.IsOffice)
        {
            reports = reports.Where(r => r.Unit!.ReviewingUnitId == actor.UnitId);
        }

        return await reports
            .OrderBy(r => r.State).ThenBy(r => r.ReportDate).ThenBy(r => r.Id)
            .Select(r => new ReportInboxItem(r.Id, r.Version, r.Task!.Code, r.Task.Title, r.Unit!.Name, r.ReportDate, r.Percent, r.Narrative, r.State))
            .ToListAsync(cancellationToken);
    }
}
