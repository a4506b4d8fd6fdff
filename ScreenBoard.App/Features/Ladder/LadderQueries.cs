using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>A unit a notice for a task can go to.</summary>
public sealed record NoticeRecipient(int UnitId, string Name, bool IsLead);

/// <summary>What the ladder's forms need to read, so components never reach into persistence.</summary>
public sealed class LadderQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    /// <summary>The units a notice for the task can go to: its lead unit first, then its co-units.</summary>
    public async Task<IReadOnlyList<NoticeRecipient>> RecipientsAsync(int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.Id == taskId)
            .Select(t => new { Lead = new NoticeRecipient(t.LeadUnitId, t.LeadUnit.Name, true), Co = t.CoUnits.Select(c => new { c.UnitId, c.Unit.Name }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return task is null
            ? []
            : [task.Lead, .. task.Co.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new NoticeRecipient(c.UnitId, c.Name, false))];
    }
}
