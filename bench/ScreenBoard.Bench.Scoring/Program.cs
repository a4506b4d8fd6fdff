// Issue 3's benchmark: the scoring read path and the quarterly snapshot write on a large list.
// Run by hand:  dotnet run -c Release --project bench/ScreenBoard.Bench.Scoring [-- --out bench/out --runs 5 --date 2026-11-25 --seed 20261125 --probe-covering-index]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ScreenBoard.Bench.Scoring;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var outFolder = Option("--out");
var runs = int.Parse(Option("--runs") ?? "5", CultureInfo.InvariantCulture);
var asOf = DateOnly.ParseExact(Option("--date") ?? "2026-11-25", "yyyy-MM-dd", CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed") ?? "20261125", CultureInfo.InvariantCulture);
var quarter = QuarterId.LastEndedBefore(asOf);

Console.WriteLine($"ScreenBoard scoring benchmark (issue 3) — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");

using var database = new BenchDatabase(outFolder is null ? null : Path.GetFullPath(outFolder));
Console.WriteLine($"Database: {database.FilePath}");

// 1. Generate the list.
var generation = Stopwatch.StartNew();
var list = ListGenerator.Generate(database, ListSize.Issue3, seed);
generation.Stop();
Console.WriteLine(
    $"Generated in {generation.Elapsed.TotalSeconds:F1} s (migrate + bulk insert, one transaction, seed {seed}): " +
    $"{list.Units:N0} units, {list.Tasks:N0} tasks, {list.Milestones:N0} milestones, {list.Reports:N0} reports " +
    $"({string.Join(", ", list.ReportsByState.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}"))}), " +
    $"{list.Notices:N0} notices ({list.EscalatedNotices} escalated); file {new FileInfo(database.FilePath).Length / 1024.0 / 1024.0:F1} MB");

// What-if probe, not the app's schema: a covering index for the two report aggregates (see docs/decisions/004).
if (args.Contains("--probe-covering-index"))
{
    using var connection = new SqliteConnection(database.ConnectionString);
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "CREATE INDEX IX_Probe_Reports_Covering ON Reports (TaskId, State, ReportDate, AcceptedAt, Percent)";
    var probe = Stopwatch.StartNew();
    command.ExecuteNonQuery();
    Console.WriteLine($"PROBE: added covering index IX_Probe_Reports_Covering in {probe.ElapsedMilliseconds} ms; file now {new FileInfo(database.FilePath).Length / 1024.0 / 1024.0:F1} MB");
}

var peakAfterGeneration = Memory.PeakWorkingSetMb();
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var peakReset = Memory.TryResetPeak();
Console.WriteLine($"Peak working set after generation: {peakAfterGeneration:F0} MB; peak counter reset for the measurements: {(peakReset ? "yes" : "no (the peak below includes generation)")}");
Console.WriteLine();

var rules = ScoringRules.Default;
var reader = new BoardFactsReader(database);
var queries = new BoardQueries(reader, rules);
var legend = new FlagLegend();

// (a) Live scores on a date: read from SQLite and compute.
var (liveMs, liveAll, board) = await BestOf(runs, () => queries.ForAsync(asOf));

// Where (a)'s time goes (for the README; not a target).
var (readMs, _, facts) = await BestOf(runs, async () => (await reader.ReadAsync(asOf))!);
var (computeMs, _, _) = await BestOf(runs, () => Task.FromResult(BoardCalculator.Compute(facts, rules)));
var peakAfterLive = Memory.PeakWorkingSetMb();

// (b) Writing the last ended quarter's snapshot; its board is computed beforehand, only the write is timed.
var quarterBoard = await queries.ForAsync(quarter.LastDay);
var outcomes = new List<SnapshotOutcome>();
var (writeMs, writeAll, _) = await BestOf(runs, async () =>
{
    // As the app's write path does it: one context, one IMMEDIATE transaction, one save.
    await using var db = database.CreateDbContext();
    await using var transaction = await db.Database.BeginTransactionAsync();
    var write = await SnapshotStore.WriteDraftAsync(db, quarter, quarterBoard, rules, legend, DateTimeOffset.UtcNow);
    await db.SaveChangesAsync();
    await transaction.CommitAsync();
    outcomes.Add(write.Outcome);
    return write.Outcome;
});

var peakAfterWrite = Memory.PeakWorkingSetMb();

// (c) The floor: one plain SQLite aggregate over the reports table, read into a dictionary.
var (floorMs, floorAll, floor) = await BestOf(runs, () => Task.FromResult(Floor(database.ConnectionString, asOf)));

// Checks: the benchmark measures the right thing.
var mismatches = board.Tasks.Count(t => t.Actual != (floor.TryGetValue(t.TaskId, out var p) ? p / 100m : 0m));
var snapshot = await new SnapshotStore(database).FindAsync(quarter);
var scored = board.Units.Count(u => u.Rank is not null);

var peakMb = Memory.PeakWorkingSetMb();
var processPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
var managedMb = GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0;

Console.WriteLine($"Board on {asOf:yyyy-MM-dd}: {board.Tasks.Count:N0} task rows, {board.Units.Count:N0} unit rows ({scored:N0} ranked); " +
    $"statuses {string.Join(", ", board.StatusCounts.Where(s => s.Value > 0).Select(s => $"{s.Key} {s.Value:N0}"))}");
Console.WriteLine($"Floor rows: {floor.Count:N0}; board A differs from the floor for {mismatches} tasks (must be 0)");
Console.WriteLine($"Snapshot {quarter} (board of {quarter.LastDay:yyyy-MM-dd}): outcomes {string.Join(", ", outcomes)}; stored {snapshot?.TaskRows.Count:N0} task rows, {snapshot?.UnitRows.Count:N0} unit rows");
Console.WriteLine();
Console.WriteLine($"(a) live scores      all runs ms: {Join(liveAll)}   (read facts best {readMs:F1}, compute best {computeMs:F1})");
Console.WriteLine($"(b) snapshot write   all runs ms: {Join(writeAll)}");
Console.WriteLine($"(c) SQL floor        all runs ms: {Join(floorAll)}");
Console.WriteLine();
Console.WriteLine($"Best of {runs} after one warm-up each:");
Console.WriteLine("| measure                                   |    best ms | target             | met |");
Console.WriteLine("|-------------------------------------------|-----------:|--------------------|-----|");
Row("(a) live scores (BoardQueries.ForAsync)", liveMs, "< 1000 ms, <= 3x c", liveMs < 1000 && liveMs <= 3 * floorMs);
Row("(b) snapshot write (SnapshotStore)", writeMs, "< 2000 ms", writeMs < 2000);
Row("(c) floor: one SQL aggregate", floorMs, "-", null);
Console.WriteLine($"| a/c                                       | {liveMs / floorMs,9:F2}x | <= 3x              | {Met(liveMs / floorMs <= 3)} |");
Console.WriteLine($"| b/c                                       | {writeMs / floorMs,9:F2}x | -                  |  -  |");
Console.WriteLine($"| {"peak working set (VmHWM)" + (peakReset ? ", measurements" : ", whole process"),-41} | {peakMb,7:F0} MB | < 500 MB           | {Met(peakMb < 500)} |");
Console.WriteLine($"Process.PeakWorkingSet64 {processPeakMb:F0} MB; GC.GetTotalMemory {managedMb:F0} MB; VmHWM after generation {peakAfterGeneration:F0} MB, after (a) {peakAfterLive:F0} MB, after (b) {peakAfterWrite:F0} MB, at the end {peakMb:F0} MB");

return mismatches == 0 ? 0 : 1;

static void Row(string name, double ms, string target, bool? met) =>
    Console.WriteLine($"| {name,-41} | {ms,10:F1} | {target,-18} | {(met is null ? " - " : Met(met.Value))} |");

static string Met(bool met) => met ? "yes" : "NO ";

static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));

// One warm-up, then the best of `runs` timed runs; returns the last result.
static async Task<(double Best, List<double> All, T Result)> BestOf<T>(int runs, Func<Task<T>> run)
{
    var result = await run();
    var all = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        result = await run();
        watch.Stop();
        all.Add(watch.Elapsed.TotalMilliseconds);
    }

    return (all.Min(), all, result);
}

// docs/scoring.md §2 as one plain query: per task, the percent of the latest accepted report on or before the date.
static Dictionary<int, int> Floor(string connectionString, DateOnly asOf)
{
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT TaskId, Percent FROM (
            SELECT TaskId, Percent,
                   ROW_NUMBER() OVER (PARTITION BY TaskId ORDER BY ReportDate DESC, AcceptedAt DESC, Id DESC) AS Position
            FROM Reports
            WHERE State = 'Accepted' AND ReportDate <= $asOf)
        WHERE Position = 1
        """;
    command.Parameters.AddWithValue("$asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    using var reader = command.ExecuteReader();
    var percents = new Dictionary<int, int>();
    while (reader.Read())
    {
        percents[reader.GetInt32(0)] = reader.GetInt32(1);
    }

    return percents;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
