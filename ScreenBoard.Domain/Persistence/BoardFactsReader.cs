using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Reads the facts of one date for <see cref="BoardCalculator"/> in a handful of no-tracking queries.
/// The reports table is aggregated in SQL (latest accepted report per task, earliest accepted 100 %),
/// so a list with hundreds of thousands of reports reads one row per task.
/// </summary>
public sealed class BoardFactsReader(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    public async Task<BoardFacts?> ReadAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.Lists.AsNoTracking()
            .Where(l => l.Year == asOf.Year)
            .Select(l => new { l.Id, l.Year, l.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitFacts(u.Id, u.Code, u.Name, u.Kind))
            .ToListAsync(cancellationToken);
        var milestones = (await db.Milestones.AsNoTracking()
                .Where(m => db.Tasks.Any(t => t.Id == m.TaskId && t.ListId == list.Id))
                .Select(m => new { m.TaskId, m.Due, m.Share })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.TaskId, m => new MilestonePoint(m.Due, m.Share));
        var latest = await LatestAcceptedPercentAsync(db, list.Id, asOf, cancellationToken);
        var completed = await CompletedOnAsync(db, list.Id, asOf, cancellationToken);

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.ListId == list.Id)
            .OrderBy(t => t.Code)
            .Select(t => new { t.Id, t.Code, t.Title, t.Category, t.Source, t.LeadUnitId, t.Weight, t.IsClosedOut, t.Start, t.Deadline })
            .ToListAsync(cancellationToken);
        var taskFacts = tasks.Select(t => new TaskFacts(
                t.Id, t.Code, t.Title, t.Category, t.Source, t.LeadUnitId, t.Weight, t.IsClosedOut,
                new TaskSchedule(t.Start, t.Deadline, milestones[t.Id].ToList()),
                latest.TryGetValue(t.Id, out var percent) ? percent : null,
                completed.TryGetValue(t.Id, out var on) ? on : null))
            .ToList();

        var notices = await db.Notices.AsNoTracking()
            .Select(n => new NoticeFacts(n.UnitId, new LadderSteps(n.IssuedOn, n.YellowWarningOn, n.RedCardOn)))
            .ToListAsync(cancellationToken);

        return new BoardFacts(asOf, list.Id, list.Year, list.Title, units, taskFacts, notices);
    }

    /// <summary>
    /// docs/scoring.md §2 in SQL: per task, the latest accepted report on or before the date (by date, then by acceptance);
    /// the same report <see cref="ActualProgress.On"/> picks (a test compares them on random data for every date of a year).
    /// AcceptedAt is stored as DateTimeOffsetToBinaryConverter's long: the UTC instant above the low 11 bits, the
    /// offset in them (a bigint on PostgreSQL too, so the same SQL runs on both engines; identifiers are quoted for
    /// PostgreSQL). Shifted right, two acceptances at the same instant in different offsets tie, as they do in C#,
    /// and the later-recorded one (higher Id) wins, as the later one in the rule's enumeration does.
    /// </summary>
    private static async Task<Dictionary<int, int>> LatestAcceptedPercentAsync(ScreenBoardDbContext db, int listId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var accepted = nameof(Reports.ReportState.Accepted);
        var rows = await db.Database.SqlQuery<LatestPercentRow>($"""
            SELECT "TaskId", "Percent" FROM (
                SELECT r."TaskId", r."Percent",
                       ROW_NUMBER() OVER (PARTITION BY r."TaskId" ORDER BY r."ReportDate" DESC, (r."AcceptedAt" >> 11) DESC, r."Id" DESC) AS "Position"
                FROM "Reports" r JOIN "Tasks" t ON t."Id" = r."TaskId"
                WHERE t."ListId" = {listId} AND r."State" = {accepted} AND r."ReportDate" <= {asOf}) AS ranked
            WHERE "Position" = 1
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.TaskId, r => r.Percent);
    }

    /// <summary>docs/scoring.md §2's C in SQL: per task, the earliest accepted 100 % report on or before the date.</summary>
    private static async Task<Dictionary<int, DateOnly>> CompletedOnAsync(ScreenBoardDbContext db, int listId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var accepted = nameof(Reports.ReportState.Accepted);
        var rows = await db.Database.SqlQuery<CompletedRow>($"""
            SELECT r."TaskId", MIN(r."ReportDate") AS "CompletedOn"
            FROM "Reports" r JOIN "Tasks" t ON t."Id" = r."TaskId"
            WHERE t."ListId" = {listId} AND r."State" = {accepted} AND r."Percent" = 100 AND r."ReportDate" <= {asOf}
            GROUP BY r."TaskId"
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.TaskId, r => r.CompletedOn);
    }

    private sealed record LatestPercentRow(int TaskId, int Percent);

    private sealed record CompletedRow(int TaskId, DateOnly CompletedOn);
}
