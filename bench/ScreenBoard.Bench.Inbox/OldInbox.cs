using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Bench.Inbox;

/// <summary>The baseline: the inbox query as it was before issue 10 (every submitted or reviewed report, in one list).</summary>
internal static class OldInbox
{
    public static async Task<int> AllAsync(IDbContextFactory<ScreenBoardDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var items = await db.Reports.AsNoTracking().Where(r => r.State == ReportState.Submitted || r.State == ReportState.Reviewed)
            .OrderBy(r => r.State).ThenBy(r => r.ReportDate).ThenBy(r => r.Id)
            .Select(r => new ReportInboxItem(r.Id, r.Version, r.TaskId, r.Task!.Code, r.Task.Title, r.Unit!.Code, r.Unit.Name, r.ReportDate, r.Percent, r.Narrative, r.State, r.Unit.ReviewingUnitId == null))
            .ToListAsync();
        return items.Count;
    }
}
