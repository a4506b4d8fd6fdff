using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>Reports on their way: submitted (waiting for the competent department) and reviewed (waiting for the office).</summary>
public sealed class ReportInbox(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReportInboxItem>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .Where(r => r.State == ReportState.Submitted || r.State == ReportState.Reviewed)
            .OrderBy(r => r.State).ThenBy(r => r.ReportDate).ThenBy(r => r.Id)
            .Select(r => new ReportInboxItem(r.Id, r.Version, r.Task!.Code, r.Task.Title, r.Unit!.Name, r.ReportDate, r.Percent, r.Narrative, r.State))
            .ToListAsync(cancellationToken);
    }
}
