using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Audit;

/// <summary>What the audit log is filtered by: the actor's name (contains), a unit (the actor's, or the record's where known), a task's code, office dates.</summary>
public sealed record AuditFilter(string? User = null, string? UnitCode = null, string? TaskCode = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 25;
}

/// <summary>One audit entry as the office reads it.</summary>
/// <param name="UnitName">The actor's unit (Reviewer, Reporter), if any.</param>
public sealed record AuditRow(
    int Id, string Actor, ActorRole Role, string? UnitName, string? ClientAddress, DateTimeOffset At,
    string Action, string EntityType, string EntityKey, string? Before, string? After);

/// <summary>One page of the filtered log, newest first, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}

/// <summary>
/// Reads the audit log for the office, filtered and paged in the database (COUNT, Skip/Take, newest first).
/// A unit matches an entry made by one of its accounts, or about its report, a task it leads, or its notice.
/// A task matches an entry about the task, one of its reports, or one of its notices.
/// </summary>
public sealed class AuditQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory, OfficeClock clock)
{
    /// <summary>Rows the .xlsx export writes at most (the newest).</summary>
    public const int ExportLimit = 100_000;

    private const string ReportEntity = nameof(ProgressReport);
    private const string TaskEntity = nameof(SupervisionTask);
    private const string NoticeEntity = nameof(RectificationNotice);

    public async Task<AuditPage> PageAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await FilteredAsync(db, filter, cancellationToken);
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await Rows(db, entries).Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(cancellationToken);
        return new AuditPage(rows, total, page);
    }

    /// <summary>Every matching entry, newest first (at most <see cref="ExportLimit"/>), for the export.</summary>
    public async Task<IReadOnlyList<AuditRow>> AllAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await FilteredAsync(db, filter, cancellationToken);
        return await Rows(db, entries).Take(ExportLimit).ToListAsync(cancellationToken);
    }

    /// <summary>The units, by code, for the filter.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        return units.Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>The instant as the office reads it (its time zone).</summary>
    public string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static IQueryable<AuditRow> Rows(ScreenBoardDbContext db, IQueryable<AuditEntry> entries) =>
        from a in entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
        join u in db.Units on a.ActorUnitId equals u.Id into units
        from unit in units.DefaultIfEmpty()
        select new AuditRow(a.Id, a.Actor, a.ActorRole, unit == null ? null : unit.Name, a.ClientAddress, a.At, a.Action, a.EntityType, a.EntityKey, a.Before, a.After);

    private async Task<IQueryable<AuditEntry>> FilteredAsync(ScreenBoardDbContext db, AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var pattern = TextSearch.ContainsPattern(filter.User);
            entries = entries.Where(a => EF.Functions.Like(a.Actor.ToLower(), pattern, TextSearch.Escape));
        }

        if (!string.IsNullOrWhiteSpace(filter.UnitCode))
        {
            var code = filter.UnitCode.Trim();
            var unitId = await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken) ?? -1;
            var reports = db.Reports.Where(r => r.UnitId == unitId).Select(r => r.Id.ToString());
            var tasks = db.Tasks.Where(t => t.LeadUnitId == unitId).Select(t => t.Id.ToString());
            var notices = db.Notices.Where(n => n.UnitId == unitId).Select(n => n.Id.ToString());
            entries = entries.Where(a => a.ActorUnitId == unitId
                || (a.EntityType == ReportEntity && reports.Contains(a.EntityKey))
                || (a.EntityType == TaskEntity && tasks.Contains(a.EntityKey))
                || (a.EntityType == NoticeEntity && notices.Contains(a.EntityKey)));
        }

        if (!string.IsNullOrWhiteSpace(filter.TaskCode))
        {
            var code = filter.TaskCode.Trim();
            var taskIds = db.Tasks.Where(t => t.Code == code).Select(t => t.Id);
            var tasks = taskIds.Select(id => id.ToString());
            var reports = db.Reports.Where(r => taskIds.Contains(r.TaskId)).Select(r => r.Id.ToString());
            var notices = db.Notices.Where(n => n.TaskId != null && taskIds.Contains(n.TaskId.Value)).Select(n => n.Id.ToString());
            entries = entries.Where(a => (a.EntityType == TaskEntity && tasks.Contains(a.EntityKey))
                || (a.EntityType == ReportEntity && reports.Contains(a.EntityKey))
                || (a.EntityType == NoticeEntity && notices.Contains(a.EntityKey)));
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    /// <summary>Midnight of an office date, as a UTC instant (entries are stored in UTC, so the stored numbers compare in order).</summary>
    private DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
