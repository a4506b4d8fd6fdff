using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Bulletins;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// 周通报: composes a week's content from the boards at the week's start and end (<see cref="BoardQueries"/>),
/// the reports accepted and the ladder steps dated in it; and reads the kept bulletins.
/// </summary>
public sealed class WeeklyBulletinQueries(
    IDbContextFactory<ScreenBoardDbContext> contextFactory, BoardQueries boards, FlagLegend legend, OfficeClock clock, NoticeNumberCommands numbering)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The kept bulletins, newest week first.</summary>
    public async Task<IReadOnlyList<BulletinSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WeeklyBulletins.AsNoTracking().OrderByDescending(b => b.WeekStart)
            .Select(b => new { b.WeekStart, b.GeneratedAt, b.GeneratedBy }).ToListAsync(cancellationToken);
        return rows.Select(b => new BulletinSummary(b.WeekStart, b.WeekStart.AddDays(6), b.GeneratedAt, b.GeneratedBy)).ToList();
    }

    /// <summary>The kept bulletin of the week starting <paramref name="weekStart"/>, or null.</summary>
    public async Task<(BulletinSummary Summary, BulletinContent Content)?> FindAsync(DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var bulletin = await db.WeeklyBulletins.AsNoTracking().SingleOrDefaultAsync(b => b.WeekStart == weekStart, cancellationToken);
        return bulletin is null
            ? null
            : (new BulletinSummary(bulletin.WeekStart, bulletin.WeekEnd, bulletin.GeneratedAt, bulletin.GeneratedBy), JsonSerializer.Deserialize<BulletinContent>(bulletin.Content, Json)!);
    }

    /// <summary>Whether the week has a bulletin.</summary>
    public async Task<bool> ExistsAsync(DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.WeeklyBulletins.AnyAsync(b => b.WeekStart == weekStart, cancellationToken);
    }

    /// <summary>The week's content as it stands now: every town and street, best ranked first.</summary>
    public async Task<BulletinContent> ComposeAsync(DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        await numbering.NumberAllAsync(cancellationToken);
        var weekEnd = weekStart.AddDays(6);
        var before = await boards.ForAsync(weekStart.AddDays(-1), cancellationToken);
        var after = await boards.ForAsync(weekEnd, cancellationToken);
        var local = after.Units.Where(u => u.Kind is UnitKind.Town or UnitKind.Street).ToList();
        var ids = local.Select(u => u.UnitId).ToList();
        var from = Midnight(weekStart);
        var to = Midnight(weekEnd.AddDays(1));

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reports = (await db.Reports.AsNoTracking().Include(r => r.Task)
                .Where(r => r.State == ReportState.Accepted && ids.Contains(r.UnitId) && r.AcceptedAt >= from && r.AcceptedAt < to)
                .ToListAsync(cancellationToken))
            .OrderBy(r => r.AcceptedAt).ToLookup(r => r.UnitId);
        var numbers = (await db.NoticeNumbers.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(n => (n.NoticeId, n.Step), n => n.Text);
        var steps = (await db.Notices.AsNoTracking().Include(n => n.Task).Where(n => ids.Contains(n.UnitId)).ToListAsync(cancellationToken))
            .SelectMany(n => NoticeNumbering.StepsOf(n, LadderTerms.Default).Where(s => s.On >= weekStart && s.On <= weekEnd)
                .Select(s => (n.UnitId, Notice: new BulletinNotice(n.Id, n.Task?.Code, n.Task?.Title, s.Step, s.On, numbers.GetValueOrDefault((n.Id, s.Step), string.Empty)))))
            .OrderBy(s => s.Notice.On).ThenBy(s => s.Notice.Step)
            .ToLookup(s => s.UnitId, s => s.Notice);
        var was = before.Units.ToDictionary(u => u.UnitId);
        var flags = before.Tasks.ToDictionary(t => t.TaskId, t => t.Status);

        var units = local.Select(u => new BulletinUnit(
            u.Code, u.Name, u.Kind, was.GetValueOrDefault(u.UnitId)?.Rank, u.Rank, was.GetValueOrDefault(u.UnitId)?.Score, u.Score,
            reports[u.UnitId].Select(r => new BulletinReport(r.Task!.Code, r.Task.Title, r.ReportDate, r.Percent, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.AcceptedAt!.Value, clock.Zone).DateTime), r.Narrative)).ToList(),
            after.Tasks.Where(t => t.LeadUnitId == u.UnitId && flags.TryGetValue(t.TaskId, out var old) && old != t.Status)
                .OrderBy(t => t.Code, StringComparer.Ordinal)
                .Select(t => new BulletinFlagChange(t.Code, t.Title, flags[t.TaskId], t.Status, legend[flags[t.TaskId]].LabelZh, legend[t.Status].LabelZh)).ToList(),
            steps[u.UnitId].ToList())).ToList();
        return new BulletinContent(weekStart, weekEnd, after.ListTitle, units);
    }

    /// <summary>00:00 of a date in the office's zone.</summary>
    private DateTimeOffset Midnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local));
    }
}
