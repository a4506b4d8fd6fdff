using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.List;

/// <summary>What the list pages read: the year's list a page at a time (filtered in SQL), the units, one task's form.</summary>
public sealed class ListQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory, OfficeClock clock)
{
    /// <summary>The list the office keeps: this year's (office time zone).</summary>
    public int Year => clock.Today.Year;

    /// <summary>One page (0-based) of the year's tasks matching <paramref name="filter"/>, by code.</summary>
    public async Task<ListRowsPage> PageAsync(ListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = Year;
        var tasks = db.Tasks.AsNoTracking().Where(t => t.List.Year == year);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            tasks = tasks.Where(t => t.Code.Contains(text) || t.Title.Contains(text));
        }

        if (filter.Category is { } category)
        {
            tasks = tasks.Where(t => t.Category == category);
        }

        if (filter.Source is { } source)
        {
            tasks = tasks.Where(t => t.Source == source);
        }

        if (filter.UnitId is { } unitId)
        {
            tasks = tasks.Where(t => t.LeadUnitId == unitId || t.CoUnits.Any(c => c.UnitId == unitId));
        }

        var total = await tasks.CountAsync(cancellationToken);
        var rows = await tasks.OrderBy(t => t.Code).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(t => new ListRow(t.Code, t.Title, t.Category, t.Source, t.LeadUnit.Name, t.Start, t.Deadline, t.IsClosedOut))
            .ToListAsync(cancellationToken);
        return new ListRowsPage(rows, total);
    }

    /// <summary>Every unit, by code, with its competent department's code.</summary>
    public async Task<IReadOnlyList<ListUnit>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new ListUnit(u.Id, u.Code, u.Name, u.Kind, u.ReviewingUnit == null ? null : u.ReviewingUnit.Code, u.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The form of the year's task <paramref name="code"/> as stored now; null when there is none.</summary>
    public async Task<TaskForm?> TaskFormAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = Year;
        var task = await db.Tasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.LeadUnit).Include(t => t.SupervisingUnit).Include(t => t.Milestones).Include(t => t.CoUnits).ThenInclude(c => c.Unit)
            .SingleOrDefaultAsync(t => t.List.Year == year && t.Code == code, cancellationToken);
        return task is null ? null : TaskForm.From(task);
    }

    /// <summary>Who saved a task last, and when (its latest audit entry); null when none.</summary>
    public async Task<(string By, DateTimeOffset At)?> LastChangeAsync(int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = taskId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(SupervisionTask) && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        return entry is null ? null : (entry.Actor, TimeZoneInfo.ConvertTime(entry.At, clock.Zone));
    }

    /// <summary>The id of the year's task <paramref name="code"/>; null when there is none.</summary>
    public async Task<int?> TaskIdAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var year = Year;
        return await db.Tasks.AsNoTracking().Where(t => t.List.Year == year && t.Code == code).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
    }
}
