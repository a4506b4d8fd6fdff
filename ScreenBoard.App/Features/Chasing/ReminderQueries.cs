using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>One 催办 item as an inbox shows it; the text is made from <see cref="Kind"/> and its parameters.</summary>
public sealed record ReminderItem(
    int Id, int UnitId, string UnitName, int TaskId, string TaskCode, string TaskTitle, ReminderKind Kind,
    DateOnly RaisedOn, int Days, DateOnly Date, string? MilestoneTitle, int? ReportId, DateTimeOffset? ReadAt);

/// <summary>Reads the reminders: a unit's inbox, and the office's list of open ones.</summary>
public sealed class ReminderQueries(IDbContextFactory<ScreenBoardDbContext> contexts)
{
    /// <summary>The unit's open reminders (not dismissed), newest first: the 催办 part of its inbox.</summary>
    public Task<IReadOnlyList<ReminderItem>> ForUnitAsync(int unitId, CancellationToken cancellationToken = default) =>
        ReadAsync(r => r.UnitId == unitId, 500, cancellationToken);

    /// <summary>Every unit's open reminders, newest first, at most <paramref name="take"/>.</summary>
    public Task<IReadOnlyList<ReminderItem>> OpenAsync(int take = 200, CancellationToken cancellationToken = default) =>
        ReadAsync(_ => true, take, cancellationToken);

    private async Task<IReadOnlyList<ReminderItem>> ReadAsync(System.Linq.Expressions.Expression<Func<Reminder, bool>> filter, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reminders.AsNoTracking()
            .Where(r => r.DismissedAt == null)
            .Where(filter)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, UnitName = u.Name })
            .Join(db.Tasks, x => x.r.TaskId, t => t.Id, (x, t) => new { x.r, x.UnitName, t.Code, t.Title })
            .OrderByDescending(x => x.r.RaisedOn).ThenBy(x => x.UnitName).ThenBy(x => x.Code).ThenBy(x => x.r.Kind)
            .Take(take)
            .Select(x => new ReminderItem(
                x.r.Id, x.r.UnitId, x.UnitName, x.r.TaskId, x.Code, x.Title, x.r.Kind,
                x.r.RaisedOn, x.r.Days, x.r.Date, x.r.MilestoneTitle, x.r.ReportId, x.r.ReadAt))
            .ToListAsync(cancellationToken);
    }
}
