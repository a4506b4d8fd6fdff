using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Inbox;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>
/// 干's share of 待我处理: for a Reporter, its unit's returned reports not yet resubmitted and its open 催办 items;
/// for the office, the extension requests waiting for a decision.
/// </summary>
public sealed class ReportingPendingQueries(IDbContextFactory<ScreenBoardDbContext> contexts) : IPendingWorkSource
{
    public async Task<int> CountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (actor.Role == ActorRole.Office)
        {
            return await db.Extensions.CountAsync(e => e.State == ExtensionState.Pending, cancellationToken);
        }

        if (actor is not { Role: ActorRole.Reporter, UnitId: { } unit })
        {
            return 0;
        }

        var returned = await db.Reports.CountAsync(r => r.UnitId == unit && r.State == ReportState.Returned && r.ResubmittedAt == null, cancellationToken);
        var reminders = await db.Reminders.CountAsync(r => r.UnitId == unit && r.DismissedAt == null, cancellationToken);
        return returned + reminders;
    }
}
