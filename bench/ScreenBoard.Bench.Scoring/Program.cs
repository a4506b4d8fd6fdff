// Issues 3 and 12's benchmark: the scoring read path, one accepted report applied to the board in memory,
// the SQL floor (the fastest formulation of "latest accepted report per task on or before E") and the quarterly snapshot write.
// Run by hand:  dotnet run -c Release --project bench/ScreenBoard.Bench.Scoring [-- --provider Both --out bench/out --runs 9 --date 2026-11-25 --seed 20261125]
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.Bench.Scoring;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;
using System.Runtime.CompilerServices;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var outFolder = Option("--out");
var runs = int.Parse(Option("--runs") ?? "9", CultureInfo.InvariantCulture);
var asOf = DateOnly.ParseExact(Option("--date") ?? "2026-11-25", "yyyy-MM-dd", CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed") ?? "20261125", CultureInfo.InvariantCulture);
var quarter = QuarterId.LastEndedBefore(asOf);

Console.WriteLine($"ScreenBoard scoring benchmark (issues 3, 12) — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");

var provider = (Option("--provider") ?? "Sqlite").Trim().ToUpperInvariant();
var postgresServer = Option("--pg") ?? "Host=127.0.0.1;Username=screenboard;Password=screenboard";
var engines = provider == "BOTH" ? new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql } : [DatabaseSettings.ParseProvider(provider)];
var exitCode = 0;
var summaries = new List<string>();
foreach (var engine in engines)
{
    using var database = engine == DatabaseProvider.PostgreSql
        ? BenchDatabase.PostgreSql(postgresServer)
        : BenchDatabase.Sqlite(outFolder is null ? null : Path.GetFullPath(outFolder));
    var (code, summary) = await RunAsync(database, runs, asOf, seed, quarter, !args.Contains("--no-snapshot"));
    exitCode = Math.Max(exitCode, code);
    summaries.Add(summary);
}

if (summaries.Count > 1)
{
    Console.WriteLine();
    Console.WriteLine("Both engines, same list, same run (CPU medians in ms, on PostgreSQL with its backends; load average at each engine's end):");
    Console.WriteLine("| engine     | (a) full | (a) read | (a) compute | (c) floor | a/c (CPU) | a/c (wall) | (d) one report | load |");
    Console.WriteLine("|------------|---------:|---------:|------------:|----------:|----------:|-----------:|---------------:|------|");
    summaries.ForEach(Console.WriteLine);
}

return exitCode;

static async Task<(int Code, string Summary)> RunAsync(BenchDatabase database, int runs, DateOnly asOf, int seed, QuarterId quarter, bool withSnapshot)
{
    Console.WriteLine();
    Console.WriteLine($"=== {(database.IsPostgreSql ? "PostgreSQL" : "SQLite")}: {database.Description} (load average at the start: {LoadAverage()})");

    // 1. Generate the list.
    var generation = Stopwatch.StartNew();
    var list = ListGenerator.Generate(database, ListSize.Issue3, seed);
    generation.Stop();
    Console.WriteLine(
        $"Generated in {generation.Elapsed.TotalSeconds:F1} s (migrate + {(database.IsPostgreSql ? "binary COPY, VACUUM ANALYZE" : "bulk insert, one transaction")}, seed {seed}): " +
        $"{list.Units:N0} units, {list.Tasks:N0} tasks, {list.Milestones:N0} milestones, {list.Reports:N0} reports " +
        $"({string.Join(", ", list.ReportsByState.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}"))}), " +
        $"{list.Notices:N0} notices ({list.EscalatedNotices} escalated); file {database.SizeMb():F1} MB");

    var peakAfterGeneration = Memory.PeakWorkingSetMb();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var peakReset = Memory.TryResetPeak();
    Console.WriteLine($"Peak working set after generation: {peakAfterGeneration:F0} MB; peak counter reset for the measurements: {(peakReset ? "yes" : "no (the peak below includes generation)")}");
    Console.WriteLine();

    var rules = ScoringRules.Default;
    var reader = new BoardFactsReader(database);
    var steps = new Dictionary<string, List<double>>();
    var timedReader = new BoardFactsReader(database)
    {
        StepTimed = (name, elapsed) => (steps.TryGetValue(name, out var all) ? all : steps[name] = []).Add(elapsed.TotalMilliseconds),
    };
    var queries = new BoardQueries(reader, rules);
    var legend = new FlagLegend();

    // (a) Live scores on a date: read from SQLite and compute (the full recompute).
    var live = await Measure(database, runs, () => queries.ForAsync(asOf));
    var board = live.Result;

    // Where (a)'s time goes (for the README; not a target).
    var read = await Measure(database, runs, async () => (await reader.ReadAsync(asOf))!);
    var stepCpu = await Measure(database, runs, async () => (await timedReader.ReadAsync(asOf))!);
    var compute = await Measure(database, runs, () => Task.FromResult(BoardCalculator.Compute(read.Result, rules)));
    var peakAfterLive = Memory.PeakWorkingSetMb();

    // (d) One accepted report → board ready: the report is written and accepted first (not timed), then the timed part is
    // what BoardCache does for one Task change: read that task's facts, apply them to the board held in memory.
    var random = new Random(seed);
    var taskIds = board.Tasks.Select(t => t.TaskId).ToList();
    var incrementalBoard = board;
    var incrementalAll = new List<double>();
    var incrementalCpu = new List<double>();
    for (var i = 0; i <= runs; i++)
    {
        var taskId = taskIds[random.Next(taskIds.Count)];
        await AcceptReportAsync(database, taskId, asOf.AddDays(-random.Next(0, 5)), random.Next(0, 101));
        var backends = Backends(database);
        var cpuBefore = CpuMs(backends);
        var watch = Stopwatch.StartNew();
        var facts = await reader.ReadTaskAsync(asOf, taskId);
        incrementalBoard = BoardCalculator.ApplyTask(incrementalBoard, facts!) ?? throw new InvalidOperationException("The change could not be applied.");
        watch.Stop();
        if (i > 0)
        {
            // The first is the warm-up.
            incrementalAll.Add(watch.Elapsed.TotalMilliseconds);
            incrementalCpu.Add(CpuMs(backends) - cpuBefore);
        }
    }

    var afterChanges = await queries.ForAsync(asOf);
    var incrementalDiffers = Differences(afterChanges, incrementalBoard);

    // (c) The floor: "latest accepted report per task on or before E" alone, in each formulation, with the engine's ADO.NET connection
    // into a Dictionary<int,int>; all must give the same rows. The floor is the fastest of them in this run.
    var formulations = new (string Name, string Sql)[]
    {
        ("window: ROW_NUMBER() over the task's reports", """
            SELECT "TaskId", "Percent" FROM (
                SELECT r."TaskId", r."Percent",
                       ROW_NUMBER() OVER (PARTITION BY r."TaskId" ORDER BY r."ReportDate" DESC, (r."AcceptedAt" >> 11) DESC, r."Id" DESC) AS "Position"
                FROM "Reports" r JOIN "Tasks" t ON t."Id" = r."TaskId"
                WHERE t."ListId" = @list AND r."State" = 'Accepted' AND r."ReportDate" <= @asOf) w
            WHERE "Position" = 1
            """),
        ("GROUP BY MAX(ReportDate), join back, ties in C#", """
            SELECT r."TaskId", r."Percent", r."AcceptedAt" >> 11, r."Id"
            FROM (SELECT r."TaskId", MAX(r."ReportDate") AS "Latest"
                  FROM "Reports" r JOIN "Tasks" t ON t."Id" = r."TaskId"
                  WHERE t."ListId" = @list AND r."State" = 'Accepted' AND r."ReportDate" <= @asOf
                  GROUP BY r."TaskId") l
            JOIN "Reports" r ON r."TaskId" = l."TaskId" AND r."State" = 'Accepted' AND r."ReportDate" = l."Latest"
            """),
        ("correlated ORDER BY ... LIMIT 1 per task", """
            SELECT t."Id" AS "TaskId",
                   (SELECT r."Percent" FROM "Reports" r
                    WHERE r."TaskId" = t."Id" AND r."State" = 'Accepted' AND r."ReportDate" <= @asOf
                    ORDER BY r."ReportDate" DESC, (r."AcceptedAt" >> 11) DESC, r."Id" DESC LIMIT 1) AS "Percent"
            FROM "Tasks" t WHERE t."ListId" = @list
            """),
    };
    var listId = (await reader.ReadAsync(asOf))!.ListId;
    var floors = new List<(string Name, Measured<Dictionary<int, int>> Measured)>();
    foreach (var (name, sql) in formulations)
    {
        floors.Add((name, await Measure(database, runs, () => Task.FromResult(Latest(database, sql, listId, asOf)))));
    }

    var floor = floors.MinBy(f => f.Measured.Median);
    var formulationsDiffer = floors.Count(f => !f.Measured.Result.OrderBy(p => p.Key).SequenceEqual(floors[0].Measured.Result.OrderBy(p => p.Key)));

    // (b) Writing the last ended quarter's snapshot; its board is computed beforehand, only the write is timed.
    var quarterBoard = withSnapshot ? await queries.ForAsync(quarter.LastDay) : null;
    var outcomes = new List<SnapshotOutcome>();
    var write = !withSnapshot ? null : await Measure(database, runs, async () =>
    {
        // As the app's write path does it: one context, one IMMEDIATE transaction, one save.
        await using var db = database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = await SnapshotStore.WriteDraftAsync(db, quarter, quarterBoard!, rules, legend, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        outcomes.Add(written.Outcome);
        return written.Outcome;
    });

    var peakAfterWrite = Memory.PeakWorkingSetMb();

    // Checks: the benchmark measures the right thing.
    var mismatches = afterChanges.Tasks.Count(t => t.Actual != (floor.Measured.Result.TryGetValue(t.TaskId, out var p) ? p / 100m : 0m));
    var snapshot = await new SnapshotStore(database).FindAsync(quarter);
    var scored = board.Units.Count(u => u.Rank is not null);

    var peakMb = Memory.PeakWorkingSetMb();
    var processPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    var managedMb = GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0;
    var incremental = Measured<Board>.Of(incrementalAll, incrementalCpu, incrementalBoard);

    Console.WriteLine($"Board on {asOf:yyyy-MM-dd}: {board.Tasks.Count:N0} task rows, {board.Units.Count:N0} unit rows ({scored:N0} ranked); " +
        $"statuses {string.Join(", ", board.StatusCounts.Where(s => s.Value > 0).Select(s => $"{s.Key} {s.Value:N0}"))}");
    Console.WriteLine($"Floor rows: {floor.Measured.Result.Count:N0}; formulations giving other rows than the window: {formulationsDiffer} (must be 0); board A differs from the floor for {mismatches} tasks (must be 0)");
    Console.WriteLine($"After {runs + 1} accepted reports applied one by one: the incremental board differs from a full recompute in {incrementalDiffers} rows (must be 0)");
    if (withSnapshot)
    {
        Console.WriteLine($"Snapshot {quarter} (board of {quarter.LastDay:yyyy-MM-dd}): outcomes {string.Join(", ", outcomes)}; stored {snapshot?.TaskRows.Count:N0} task rows, {snapshot?.UnitRows.Count:N0} unit rows");
    }
    Console.WriteLine($"Load average at the end: {LoadAverage()}");
    Console.WriteLine();
    Console.WriteLine($"(a) full recompute     all runs ms: {Join(live.All)}   (read facts median {read.Median:F1}, compute median {compute.Median:F1})");
    Console.WriteLine($"(d) one report, incr.  all runs ms: {Join(incremental.All)}");
    foreach (var (name, measured) in floors)
    {
        Console.WriteLine($"(c) {name,-50} all runs ms: {Join(measured.All)}");
    }

    if (write is not null)
    {
        Console.WriteLine($"(b) snapshot write     all runs ms: {Join(write.All)}");
    }
    Console.WriteLine();
    Console.WriteLine($"Median (and best) of {runs} after one warm-up each; (c) is the fastest formulation: {floor.Name}");
    Console.WriteLine(database.IsPostgreSql ? "CPU: this process plus the PostgreSQL backends serving the bench's database." : "CPU: this process (SQLite runs in it).");
    Console.WriteLine("| measure                                              |  median ms |    best ms | CPU median ms | target              | met |");
    Console.WriteLine("|------------------------------------------------------|-----------:|-----------:|--------------:|---------------------|-----|");
    Row("(d) one accepted report -> board ready", incremental, "<= 20 ms", incremental.Median <= 20);
    Row("(a) full recompute (BoardQueries.ForAsync)", live, "< 1000 ms, <= 2x c", live.Median < 1000 && live.Median <= 2 * floor.Measured.Median);
    Row("(c) floor: fastest SQL formulation", floor.Measured, "-", null);
    foreach (var (name, measured) in floors)
    {
        Row($"  {name}", measured, "-", null);
    }

    if (write is not null)
    {
        Row("(b) snapshot write (SnapshotStore)", write, "< 2000 ms", write.Median < 2000);
    }
    Console.WriteLine($"| a/c                                                  | {live.Median / floor.Measured.Median,9:F2}x | {live.Best / floor.Measured.Best,9:F2}x | {live.CpuMedian / floor.Measured.CpuMedian,12:F2}x | <= 2x               | {Met(live.Median / floor.Measured.Median <= 2)} |");
    Console.WriteLine($"| {"peak working set (VmHWM)" + (peakReset ? ", measurements" : ", whole process"),-52} | {peakMb,7:F0} MB |            |               | < 500 MB            | {Met(peakMb < 500)} |");
    Console.WriteLine($"Process.PeakWorkingSet64 {processPeakMb:F0} MB; GC.GetTotalMemory {managedMb:F0} MB; VmHWM after generation {peakAfterGeneration:F0} MB, after (a) {peakAfterLive:F0} MB, after (b) {peakAfterWrite:F0} MB, at the end {peakMb:F0} MB");

    Console.WriteLine();
    Console.WriteLine($"Split of the full read, median of {runs} timed runs (+1 warm-up) with a stopwatch per step (wall ms; the read with the stopwatch took {stepCpu.Median:F1} ms wall, {stepCpu.CpuMedian:F1} ms CPU):");
    foreach (var (name, all) in steps)
    {
        Console.WriteLine($"  {name,-28} {MedianOf(all.Skip(1).ToList()),8:F1}");
    }

    Console.WriteLine($"  {"compute (BoardCalculator)",-28} {compute.Median,8:F1}   (CPU {compute.CpuMedian:F1})");
    Console.WriteLine();
    Explain(database, "the app's statement (A and C per task)", BoardFactsReader.ReportFactsSql(listId, asOf));
    foreach (var (name, sql) in formulations)
    {
        Explain(database, name, FormattableStringFactory.Create(sql.Replace("@list", "{0}").Replace("@asOf", "{1}"), listId, asOf));
    }

    var summary = $"| {(database.IsPostgreSql ? "PostgreSQL" : "SQLite"),-10} | {live.CpuMedian,8:F1} | {read.CpuMedian,8:F1} | {compute.CpuMedian,11:F1} | {floor.Measured.CpuMedian,9:F1} | " +
        $"{live.CpuMedian / floor.Measured.CpuMedian,8:F2}x | {live.Median / floor.Measured.Median,9:F2}x | {incremental.CpuMedian,14:F1} | {LoadAverage()} |";
    return (mismatches == 0 && formulationsDiffer == 0 && incrementalDiffers == 0 ? 0 : 1, summary);
}

static void Row<T>(string name, Measured<T> measured, string target, bool? met) =>
    Console.WriteLine($"| {name,-52} | {measured.Median,10:F1} | {measured.Best,10:F1} | {measured.CpuMedian,13:F1} | {target,-19} | {(met is null ? " - " : Met(met.Value))} |");

static double MedianOf(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Met(bool met) => met ? "yes" : "NO ";

static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

// One warm-up, then `runs` timed runs; returns the last result.
static async Task<Measured<T>> Measure<T>(BenchDatabase database, int runs, Func<Task<T>> run)
{
    var result = await run();
    var all = new List<double>();
    var cpu = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var backends = Backends(database);
        var cpuBefore = CpuMs(backends);
        var watch = Stopwatch.StartNew();
        result = await run();
        watch.Stop();
        all.Add(watch.Elapsed.TotalMilliseconds);
        cpu.Add(CpuMs(backends) - cpuBefore);
    }

    return Measured<T>.Of(all, cpu, result);
}

// The PostgreSQL server processes serving the bench's database (its pooled connections, opened by the warm-up), from
// /proc; none on SQLite, which runs in the process.
static int[] Backends(BenchDatabase database)
{
    if (!database.IsPostgreSql)
    {
        return [];
    }

    var name = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
    return Directory.EnumerateDirectories("/proc")
        .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && Try(() => File.ReadAllText($"/proc/{pid}/cmdline"))?.Contains($" {name} ", StringComparison.Ordinal) == true)
        .ToArray();
}

// CPU time in ms of this process (all threads) plus the given server processes (utime + stime, clock ticks of 10 ms).
static double CpuMs(int[] backends) =>
    Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds
    + backends.Sum(pid => Try(() => File.ReadAllText($"/proc/{pid}/stat")) is { } stat
        ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') is var fields ? (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0 : 0
        : 0);

static string? Try(Func<string> read)
{
    try
    {
        return read();
    }
    catch (IOException)
    {
        return null;
    }
    catch (UnauthorizedAccessException)
    {
        return null;
    }
}

// One formulation of docs/scoring.md §2 read into TaskId → percent. A formulation that returns several candidate rows
// per task (TaskId, Percent, AcceptedAt >> 11, Id) keeps the one the rule keeps: the latest acceptance, then the highest Id.
static Dictionary<int, int> Latest(BenchDatabase database, string sql, int listId, DateOnly asOf)
{
    using var connection = database.OpenConnection();
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.CommandTimeout = 600;
    Parameter(command, "@asOf", asOf);
    Parameter(command, "@list", listId);
    using var reader = command.ExecuteReader();
    var percents = new Dictionary<int, int>();
    if (reader.FieldCount == 2)
    {
        // Tasks without an accepted report come back with NULL and are skipped here: a WHERE on the subquery's
        // result makes PostgreSQL run the subquery twice per task (seen in its plan).
        while (reader.Read())
        {
            if (!reader.IsDBNull(1))
            {
                percents[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }

        return percents;
    }

    var best = new Dictionary<int, (long AcceptedAt, long Id)>();
    while (reader.Read())
    {
        var taskId = reader.GetInt32(0);
        var key = (reader.GetInt64(2), reader.GetInt64(3));
        if (!best.TryGetValue(taskId, out var current) || key.CompareTo(current) > 0)
        {
            best[taskId] = key;
            percents[taskId] = reader.GetInt32(1);
        }
    }

    return percents;
}

static void Parameter(DbCommand command, string name, object value)
{
    var parameter = command.CreateParameter();
    parameter.ParameterName = name;
    parameter.Value = value;
    command.Parameters.Add(parameter);
}

// The plan of a statement, once: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL (it runs the statement), EXPLAIN QUERY PLAN on SQLite.
static void Explain(BenchDatabase database, string name, FormattableString sql)
{
    using var connection = database.OpenConnection();
    using var command = connection.CreateCommand();
    command.CommandTimeout = 600;
    var placeholders = Enumerable.Range(0, sql.ArgumentCount).Select(i => (object)$"@p{i}").ToArray();
    command.CommandText = (database.IsPostgreSql ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + string.Format(CultureInfo.InvariantCulture, sql.Format, placeholders);
    for (var i = 0; i < sql.ArgumentCount; i++)
    {
        Parameter(command, $"@p{i}", sql.GetArgument(i)!);
    }

    Console.WriteLine($"Plan of {name}:");
    using var reader = command.ExecuteReader();
    while (reader.Read())
    {
        Console.WriteLine("    " + (database.IsPostgreSql ? reader.GetString(0) : reader.GetString(reader.FieldCount - 1)));
    }
}

// Writes a report on the task and accepts it, as the app's write path leaves it.
static async Task AcceptReportAsync(BenchDatabase database, int taskId, DateOnly date, int percent)
{
    await using var db = database.CreateDbContext();
    var task = await db.Tasks.Include(t => t.LeadUnit).SingleAsync(t => t.Id == taskId);
    var at = DateTimeOffset.UtcNow;
    var report = new ProgressReport(task, task.LeadUnit, date < task.Start ? task.Start : date, percent, "进展", "bench", at);
    report.Review("bench", at);
    report.Accept("bench", at);
    db.Reports.Add(report);
    await db.SaveChangesAsync();
}

// Rows of the incremental board that differ from the full recompute's (every property, the flag counts in full).
static int Differences(Board full, Board incremental)
{
    var tasks = full.Tasks.Zip(incremental.Tasks).Count(p => p.First != p.Second) + Math.Abs(full.Tasks.Count - incremental.Tasks.Count);
    var units = full.Units.Zip(incremental.Units).Count(p =>
        p.First with { FlagCounts = p.Second.FlagCounts } != p.Second || !p.First.FlagCounts.OrderBy(f => f.Key).SequenceEqual(p.Second.FlagCounts.OrderBy(f => f.Key)));
    return tasks + units + Math.Abs(full.Units.Count - incremental.Units.Count);
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

/// <param name="CpuMedian">Median CPU time of the process during a run (all threads): on a shared, loaded machine it
/// tells the work apart from the waiting for a core.</param>
internal sealed record Measured<T>(List<double> All, double Median, double Best, double CpuMedian, T Result)
{
    public static Measured<T> Of(List<double> all, List<double> cpu, T result) => new(all, MedianOf(all), all.Min(), MedianOf(cpu), result);

    private static double MedianOf(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
