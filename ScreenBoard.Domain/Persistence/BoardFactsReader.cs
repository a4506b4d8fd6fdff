using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Domain.Persistence;

/// <summary>
/// Reads the facts of one date for <see cref="BoardCalculator"/> in a handful of no-tracking queries.
/// The reports table is read in SQL per task (latest accepted report, earliest accepted 100 %) from a covering
/// index, so a list with hundreds of thousands of reports reads one row per task.
/// </summary>
public sealed class BoardFactsReader(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    /// <summary>
    /// Told the wall time of each step of <see cref="ReadAsync"/> (list, units, milestones, reports, tasks, notices):
    /// the scoring benchmark's split of the full read. Null in the app.
    /// </summary>
    public Action<string, TimeSpan>? StepTimed { get; init; }

    public async Task<BoardFacts?> ReadAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var step = StepTimed is null ? null : System.Diagnostics.Stopwatch.StartNew();
        void Done(string name)
        {
            if (step is not null)
            {
                StepTimed!(name, step.Elapsed);
                step.Restart();
            }
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.Lists.AsNoTracking()
            .Where(l => l.Year == asOf.Year)
            .Select(l => new { l.Id, l.Year, l.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }

        Done("list");
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitFacts(u.Id, u.Code, u.Name, u.Kind))
            .ToListAsync(cancellationToken);
        Done("units");

        // Grouped while streaming, in Id order within a task: one list per task with milestones, no intermediate rows.
        var milestones = new Dictionary<int, List<MilestonePoint>>();
        await foreach (var m in db.Milestones.AsNoTracking()
                           .Where(m => db.Tasks.Any(t => t.Id == m.TaskId && t.ListId == list.Id))
                           .OrderBy(m => m.Id)
                           .Select(m => new { m.TaskId, Point = new MilestonePoint(m.Due, m.Share) })
                           .AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            if (!milestones.TryGetValue(m.TaskId, out var points))
            {
                milestones[m.TaskId] = points = new List<MilestonePoint>(4);
            }

            points.Add(m.Point);
        }

        Done("milestones");
        var reports = await ReportFactsAsync(db, list.Id, asOf, cancellationToken);
        Done("reports (A and C in SQL)");

        var tasks = await Columns(db.Tasks.AsNoTracking().Where(t => t.ListId == list.Id).OrderBy(t => t.Code))
            .ToListAsync(cancellationToken);
        Done("tasks");
        var taskFacts = new List<TaskFacts>(tasks.Count);
        foreach (var t in tasks)
        {
            var read = reports.GetValueOrDefault(t.Id);
            taskFacts.Add(t.Facts(milestones.GetValueOrDefault(t.Id) ?? [], read?.Percent, read?.CompletedOn));
        }

        Done("task facts (C#)");
        var notices = await db.Notices.AsNoTracking()
            .Select(n => new NoticeFacts(n.UnitId, new LadderSteps(n.IssuedOn, n.YellowWarningOn, n.RedCardOn)))
            .ToListAsync(cancellationToken);
        Done("notices");

        return new BoardFacts(asOf, list.Id, list.Year, list.Title, units, taskFacts, notices);
    }

    /// <summary>
    /// One task's facts on a date, for <see cref="BoardCalculator.ApplyTask"/>: its own milestones and accepted reports only.
    /// A and C come from the rules themselves (<see cref="ActualProgress"/>) over its few reports, in the order they were
    /// recorded, which is what the list's SQL aggregates give (a test compares them).
    /// </summary>
    /// <returns>Null when the task is not on the list of the date's year (or no longer exists).</returns>
    public async Task<TaskFacts?> ReadTaskAsync(DateOnly asOf, int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var task = await Columns(db.Tasks.AsNoTracking().Where(t => t.Id == taskId && t.List.Year == asOf.Year))
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.TaskId == taskId)
            .OrderBy(m => m.Id)
            .Select(m => new MilestonePoint(m.Due, m.Share))
            .ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.TaskId == taskId && r.State == Reports.ReportState.Accepted && r.ReportDate <= asOf)
            .OrderBy(r => r.Id)
            .Select(r => new AcceptedReport(r.ReportDate, r.Percent, r.AcceptedAt!.Value))
            .ToListAsync(cancellationToken);
        return task.Facts(milestones, ActualProgress.Latest(asOf, reports)?.Percent, ActualProgress.CompletedOn(asOf, reports));
    }

    /// <summary>The ladder steps of every notice of one unit, for <see cref="BoardCalculator.ApplyNotices"/>.</summary>
    public async Task<IReadOnlyList<LadderSteps>> ReadUnitNoticesAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notices.AsNoTracking()
            .Where(n => n.UnitId == unitId)
            .Select(n => new LadderSteps(n.IssuedOn, n.YellowWarningOn, n.RedCardOn))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<TaskColumns> Columns(IQueryable<SupervisionTask> tasks) =>
        tasks.Select(t => new TaskColumns(t.Id, t.Code, t.Title, t.Category, t.Source, t.LeadUnitId, t.Weight, t.IsClosedOut, t.Start, t.Deadline));

    /// <summary>
    /// docs/scoring.md §2 in SQL, per task of the list: the percent of the latest accepted report on or before the date
    /// (by date, then by acceptance), the same report <see cref="ActualProgress.Latest"/> picks (a test compares them on
    /// random data for every date of a year), and C, the date of the earliest accepted 100 % report on or before it.
    /// Two correlated subqueries per task, each a short seek in the covering index on Reports (TaskId, State,
    /// ReportDate, AcceptedAt, Percent): the fastest of the formulations measured on the benchmark's 20,000 tasks
    /// (docs/decisions/021; a window over all reports and GROUP BY with MAX are slower). Identifiers are quoted, so
    /// the statement reads the same on SQLite and PostgreSQL.
    /// AcceptedAt is stored as DateTimeOffsetToBinaryConverter's long: the UTC instant above the low 11 bits, the
    /// offset in them. Shifted right, two acceptances at the same instant in different offsets tie, as they do
    /// in C#, and the later-recorded one (higher Id) wins, as the later one in the rule's enumeration does.
    /// </summary>
    private static async Task<Dictionary<int, ReportFactsRow>> ReportFactsAsync(ScreenBoardDbContext db, int listId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<ReportFactsRow>(ReportFactsSql(listId, asOf)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.TaskId);
    }

    /// <summary>The statement of <see cref="ReportFactsAsync"/>, with its parameters (the benchmark explains its plan).</summary>
    public static FormattableString ReportFactsSql(int listId, DateOnly asOf)
    {
        var accepted = nameof(Reports.ReportState.Accepted);
        return $"""
            SELECT t."Id" AS "TaskId",
                   (SELECT r."Percent" FROM "Reports" r
                    WHERE r."TaskId" = t."Id" AND r."State" = {accepted} AND r."ReportDate" <= {asOf}
                    ORDER BY r."ReportDate" DESC, (r."AcceptedAt" >> 11) DESC, r."Id" DESC
                    LIMIT 1) AS "Percent",
                   (SELECT MIN(r."ReportDate") FROM "Reports" r
                    WHERE r."TaskId" = t."Id" AND r."State" = {accepted} AND r."Percent" = 100 AND r."ReportDate" <= {asOf}) AS "CompletedOn"
            FROM "Tasks" t
            WHERE t."ListId" = {listId}
            """;
    }

    private sealed record TaskColumns(
        int Id, string Code, string Title, TaskCategory Category, TaskSource Source, int LeadUnitId, decimal Weight, bool IsClosedOut, DateOnly Start, DateOnly Deadline)
    {
        public TaskFacts Facts(IReadOnlyList<MilestonePoint> milestones, int? latestPercent, DateOnly? completedOn) =>
            new(Id, Code, Title, Category, Source, LeadUnitId, Weight, IsClosedOut, new TaskSchedule(Start, Deadline, milestones), latestPercent, completedOn);
    }

    private sealed record ReportFactsRow(int TaskId, int? Percent, DateOnly? CompletedOn);
}
