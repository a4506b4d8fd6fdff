// Issue 4's benchmark: server memory per open kiosk screen and the time from accepting a report to every screen
// showing it, with 50 kiosk pages in headless Chromium; the bare Blazor template's /counter as the memory baseline.
// Run by hand:  dotnet run -c Release --project bench/ScreenBoard.Bench.Kiosk [-- --out bench/out/kiosk --screens 50 --changes 20 --kiosk kiosk/hall --settle 10 --no-bare --hold 60 --reduced-motion --server-env KEY=VALUE]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace ScreenBoard.Bench.Kiosk;

internal static class Program
{
    private const double MbPerScreenTarget = 1.0;
    private const double P95TargetMs = 300;

    private static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        var screenCount = int.Parse(Option("--screens") ?? "50", CultureInfo.InvariantCulture);
        var changeCount = int.Parse(Option("--changes") ?? "20", CultureInfo.InvariantCulture);
        var kioskPath = (Option("--kiosk") ?? "kiosk/hall").TrimStart('/');
        var settle = TimeSpan.FromSeconds(int.Parse(Option("--settle") ?? "10", CultureInfo.InvariantCulture));
        var withBare = !args.Contains("--no-bare");
        var reducedMotion = args.Contains("--reduced-motion");
        var serverEnvironment = args.Select((a, i) => (a, i)).Where(x => x.a == "--server-env" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        var hold = TimeSpan.FromSeconds(int.Parse(Option("--hold") ?? "0", CultureInfo.InvariantCulture));
        var keep = Option("--out");
        using var workFolder = WorkFolder.For(keep, "screenboard-bench-kiosk");
        var work = workFolder.Path;

        var root = RepositoryRoot();
        Console.WriteLine($"ScreenBoard kiosk benchmark (issue 4) — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {screenCount} screens, {changeCount} changes, /{kioskPath}; Chromium {Screens.ChromiumPath} in this process's children");
        Console.WriteLine($"Work folder: {workFolder}");
        if (reducedMotion || serverEnvironment.Count > 0)
        {
            Console.WriteLine($"WHAT-IF: {(reducedMotion ? "pages emulate prefers-reduced-motion (the kiosk's drift animation off); " : string.Empty)}{string.Join(", ", serverEnvironment.Select(kv => $"{kv.Key}={kv.Value}"))} for both servers");
        }


        // Ends by itself: a run that hangs is stopped (servers are killed by the finally blocks below, browsers with the driver).
        using var watchdog = new Timer(_ =>
        {
            Console.Error.WriteLine("Watchdog: the run took over 15 minutes; stopping.");
            Environment.Exit(3);
        }, null, TimeSpan.FromMinutes(15), Timeout.InfiniteTimeSpan);

        var total = Stopwatch.StartNew();
        var appDir = Path.Combine(work, "publish", "ScreenBoard.App");
        var bareDir = Path.Combine(work, "publish", "BareBlazor");
        await ServerProcess.PublishAsync(Path.Combine(root, "ScreenBoard.App", "ScreenBoard.App.csproj"), appDir);
        if (withBare)
        {
            await ServerProcess.PublishAsync(Path.Combine(root, "bench", "BareBlazor", "BareBlazor.csproj"), bareDir);
        }

        await using var screens = await Screens.LaunchAsync(reducedMotion);

        // ScreenBoard: a fresh database seeded with the demo list by the app itself, then 20 reviewed reports to accept.
        var dataDir = Path.Combine(work, "data");
        Directory.CreateDirectory(dataDir);
        var dbFile = Path.Combine(dataDir, "screenboard.db");
        foreach (var stale in Directory.GetFiles(dataDir))
        {
            File.Delete(stale);
        }

        var environment = new Dictionary<string, string>(serverEnvironment)
        {
            ["ConnectionStrings__ScreenBoard"] = $"Data Source={dbFile}",
            ["Jobs__SQLitePath"] = Path.Combine(dataDir, "hangfire.db"),
        };
        var log = Path.Combine(work, "screenboard.log");
        var seeding = Stopwatch.StartNew();
        await using (await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
        {
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        // One more than measured: the first acceptance after start is a warm-up (the accept path's first run: JIT, EF query compilation).
        var reportIds = await PendingReports.AddReviewedAsync($"Data Source={dbFile};Pooling=False", changeCount + 1, today.AddDays(-1));
        Console.WriteLine($"Database seeded by the app (demo list) and {reportIds.Count} reviewed reports added in {seeding.Elapsed.TotalSeconds:F0} s: {dbFile}");

        MemoryResult screenBoard;
        LatencyResult latency;
        await using (var server = await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
        {
            Console.WriteLine();
            Console.WriteLine($"== ScreenBoard.App (pid {server.Pid}, {server.BaseAddress}) /{kioskPath}");
            var (result, pages) = await MeasureMemoryAsync(server, screens, new Uri(server.BaseAddress, kioskPath), Screens.ScreenBoardInteractive, screenCount, settle, hold, WarmUp(server.BaseAddress, kioskPath));
            screenBoard = result;
            latency = await MeasureLatencyAsync(server, screens, pages, reportIds);
            var accepted = await PendingReports.CountAcceptedAsync($"Data Source={dbFile};Pooling=False", reportIds);
            Console.WriteLine($"Reports accepted in the database: {accepted} of {reportIds.Count}; working set at the end {server.ResidentMb():F1} MB");
            await Screens.CloseAsync(pages);
        }

        MemoryResult? bare = null;
        if (withBare)
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(bareDir, "BareBlazor.dll"), serverEnvironment, Path.Combine(work, "bare.log"));
            Console.WriteLine();
            Console.WriteLine($"== bare Blazor template (pid {server.Pid}, {server.BaseAddress}) /counter");
            var (result, pages) = await MeasureMemoryAsync(server, screens, new Uri(server.BaseAddress, "counter"), Screens.CounterInteractive, screenCount, settle, hold, [new Uri(server.BaseAddress, "counter")]);
            bare = result;
            await Screens.CloseAsync(pages);
        }

        Print(screenBoard, bare, latency, screenCount, kioskPath);
        Console.WriteLine($"Run took {total.Elapsed.TotalMinutes:F1} min.");
        var met = screenBoard.PerScreenMb <= MbPerScreenTarget && latency.P95AllMs <= P95TargetMs && latency.Missed == 0;
        return met ? 0 : 1;
    }

    /// <summary>
    /// Working set with 0 screens (after the warm-up screens opened and closed) and with <paramref name="count"/>
    /// screens open and interactive; each the steady VmRSS after induced full GCs.
    /// </summary>
    private static async Task<(MemoryResult Result, List<IPage> Pages)> MeasureMemoryAsync(ServerProcess server, Screens screens, Uri url, Func<IPage, Task> interactive, int count, TimeSpan settle, TimeSpan hold, IReadOnlyList<Uri> warmUp)
    {
        var started = server.ResidentMb();
        foreach (var warmUrl in warmUp)
        {
            var warm = await screens.OpenAsync(warmUrl, interactive);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Screens.CloseAsync([warm]);
        }

        await Task.Delay(settle);
        var beforeGc0 = server.ResidentMb();
        var (ws0, all0) = await server.SteadyResidentMbAsync();
        Console.WriteLine($"Working set: {started:F1} MB after start, {beforeGc0:F1} MB after {warmUp.Count} warm-up screens (closed); 0 screens after GC: {Join(all0)} -> {ws0:F1} MB");
        await HoldAsync(server, hold, 0);

        var opening = Stopwatch.StartNew();
        var pages = await screens.OpenManyAsync(count, url, interactive);
        Console.WriteLine($"{pages.Count} screens open and interactive in {opening.Elapsed.TotalSeconds:F1} s; settling {settle.TotalSeconds:F0} s");
        var idle = CpuUsage.Read(server.Pid);
        await Task.Delay(settle);
        Console.WriteLine($"CPU with {count} screens open, no changes: {CpuUsage.Between(idle, CpuUsage.Read(server.Pid))}");
        var beforeGc = server.ResidentMb();
        var (ws, all) = await server.SteadyResidentMbAsync();
        var perScreen = (ws - ws0) / count;
        Console.WriteLine($"Working set with {count} screens: {beforeGc:F1} MB before GC; after GC: {Join(all)} -> {ws:F1} MB; ({ws:F1} - {ws0:F1}) / {count} = {perScreen:F3} MB per screen");
        await HoldAsync(server, hold, count);
        return (new MemoryResult(ws0, ws, perScreen, beforeGc0, beforeGc), pages);
    }

    /// <summary>
    /// One warm-up screen per board (each pinned with ?board=, then closed), so code and caches that every board
    /// needs once are in the working set with 0 screens, not counted per screen.
    /// </summary>
    private static List<Uri> WarmUp(Uri server, string kioskPath)
    {
        var path = kioskPath.Split('?')[0];
        return [.. Enum.GetNames<ScreenBoard.App.Features.Boards.Components.BoardKind>().Select(board => new Uri(server, $"{path}?board={board}")), new Uri(server, kioskPath)];
    }

    /// <summary>--hold N: a pause at 0 and at N screens, to look at the server with dotnet-gcdump or dotnet-counters.</summary>
    private static async Task HoldAsync(ServerProcess server, TimeSpan hold, int screens)
    {
        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"HOLD {hold.TotalSeconds:F0} s with {screens} screens open: server pid {server.Pid}");
            await Task.Delay(hold);
        }
    }

    /// <summary>
    /// Accepts one report at a time in a /reports page (a 51st browser page) and takes, in every kiosk page, the
    /// moment its DOM first showed a newer board version (MutationObserver, the page's Date.now()); t0 is Date.now()
    /// in the /reports page right before the click. All pages run on this machine, so their clocks are one clock.
    /// </summary>
    private static async Task<LatencyResult> MeasureLatencyAsync(ServerProcess server, Screens screens, List<IPage> pages, IReadOnlyList<int> reportIds)
    {
        const int timeoutMs = 15_000;
        var reports = await screens.OpenAsync(new Uri(server.BaseAddress, "reports"), Screens.ScreenBoardInteractive);
        foreach (var page in pages)
        {
            await page.EvaluateAsync(Screens.VersionObserver);
        }

        Console.WriteLine($"Latency: {reportIds.Count - 1} acceptances in /reports after one warm-up acceptance, one every ~1.5 s after the previous one reached every screen");
        var cpuBefore = CpuUsage.Read(server.Pid);
        var everyScreen = new List<double>();
        var observations = new List<double>();
        var acks = new List<double>();
        var missed = 0;
        for (var i = 0; i < reportIds.Count; i++)
        {
            var versions = await Task.WhenAll(pages.Select(p => p.EvaluateAsync<long>("() => Number(document.querySelector('.kiosk').getAttribute('data-board-version'))")));
            var previous = versions.Max();
            if (versions.Min() != previous)
            {
                Console.WriteLine($"  note: screens show versions {versions.Min()}..{previous} before change {i}");
            }

            var waits = pages.Select(p => p.EvaluateAsync<double>("([prev, timeout]) => window.__next(prev, timeout)", new object[] { previous, timeoutMs })).ToList();
            var t0 = await reports.EvaluateAsync<double>(Screens.AcceptReport, reportIds[i]);
            if (t0 < 0)
            {
                throw new InvalidOperationException($"Report {reportIds[i]} has no accept button in /reports");
            }

            var seen = await Task.WhenAll(waits);
            var ack = await reports.EvaluateAsync<double?>("() => window.__ackAt");
            var delays = seen.Where(s => s > 0).Select(s => s - t0).ToList();
            var label = i == 0 ? "warm-up" : $"change {i,2}";
            if (i == 0)
            {
                Console.WriteLine($"  {label}: report {reportIds[i]}, accepted (left the inbox) {(ack is { } w ? $"{w - t0,4:F0}" : "   ?")} ms; every screen {(seen.Any(s => s < 0) ? double.PositiveInfinity : delays.Max()),4:F0} ms (not counted)");
                await Task.Delay(1500);
                continue;
            }

            missed += seen.Count(s => s < 0);
            observations.AddRange(delays);
            var worst = seen.Any(s => s < 0) ? double.PositiveInfinity : delays.Max();
            everyScreen.Add(worst);
            if (ack is { } a)
            {
                acks.Add(a - t0);
            }

            Console.WriteLine($"  {label}: report {reportIds[i]}, accepted (left the inbox) {(ack is { } x ? $"{x - t0,4:F0}" : "   ?")} ms; screens showing it: first {delays.DefaultIfEmpty(double.NaN).Min(),4:F0}, median {Stats.Median(delays.DefaultIfEmpty(double.NaN)),4:F0}, every screen {worst,4:F0} ms{(seen.Any(s => s < 0) ? $" ({seen.Count(s => s < 0)} screens missed it)" : string.Empty)}");
            await Task.Delay(1500);
        }

        Console.WriteLine($"CPU during the latency run: {CpuUsage.Between(cpuBefore, CpuUsage.Read(server.Pid))}");
        await Screens.CloseAsync([reports]);
        return new LatencyResult(
            Stats.Percentile(everyScreen, 0.50), Stats.Percentile(everyScreen, 0.95), everyScreen.Max(),
            Stats.Percentile(observations, 0.50), Stats.Percentile(observations, 0.95), observations.Count,
            Stats.Percentile(acks, 0.50), Stats.Percentile(acks, 0.95), missed, everyScreen.Count);
    }

    private static void Print(MemoryResult app, MemoryResult? bare, LatencyResult latency, int screens, string kioskPath)
    {
        static string Met(bool met) => met ? "yes" : "NO ";
        string B(Func<MemoryResult, double> value, string format) => bare is null ? "-" : value(bare).ToString(format, CultureInfo.InvariantCulture);

        Console.WriteLine();
        Console.WriteLine($"Memory (server VmRSS, steady after induced full GCs; {screens} screens):");
        Console.WriteLine($"| measure                               | {"ScreenBoard /" + kioskPath,24} | bare template /counter | target   | met |");
        Console.WriteLine("|---------------------------------------|-------------------------:|-----------------------:|----------|-----|");
        Console.WriteLine($"| {"WS0: working set, 0 screens (MB)",-37} | {app.Ws0Mb,24:F1} | {B(m => m.Ws0Mb, "F1"),22} | -        |  -  |");
        Console.WriteLine($"| {$"WS{screens}: working set, {screens} screens (MB)",-37} | {app.WsNMb,24:F1} | {B(m => m.WsNMb, "F1"),22} | -        |  -  |");
        Console.WriteLine($"| {$"per screen (WS{screens} - WS0) / {screens} (MB)",-37} | {app.PerScreenMb,24:F3} | {B(m => m.PerScreenMb, "F3"),22} | <= 1 MB  | {Met(app.PerScreenMb <= MbPerScreenTarget)} |");
        Console.WriteLine($"| {"over the bare template (MB)",-37} | {(bare is null ? "-" : (app.PerScreenMb - bare.PerScreenMb).ToString("F3", CultureInfo.InvariantCulture)),24} | {"-",22} | -        |  -  |");
        Console.WriteLine($"| {$"before GC: 0 / {screens} screens (MB)",-37} | {$"{app.Ws0BeforeGcMb:F1} / {app.WsNBeforeGcMb:F1}",24} | {(bare is null ? "-" : $"{bare.Ws0BeforeGcMb:F1} / {bare.WsNBeforeGcMb:F1}"),22} | -        |  -  |");
        Console.WriteLine();
        Console.WriteLine($"Latency, click on accept in /reports -> the kiosk's DOM shows the new board version ({latency.Changes} changes, {screens} screens, nearest-rank percentiles):");
        Console.WriteLine("| measure                                        |    p50 ms |    p95 ms |    max ms | target       | met |");
        Console.WriteLine("|------------------------------------------------|----------:|----------:|----------:|--------------|-----|");
        Console.WriteLine($"| {$"every screen shows it (per change, max of {screens})",-46} | {latency.P50AllMs,9:F0} | {latency.P95AllMs,9:F0} | {latency.MaxAllMs,9:F0} | p95 <= 300   | {Met(latency.P95AllMs <= P95TargetMs && latency.Missed == 0)} |");
        Console.WriteLine($"| {$"one screen shows it ({latency.Observations} observations)",-46} | {latency.P50OneMs,9:F0} | {latency.P95OneMs,9:F0} | {"-",9} | -            |  -  |");
        Console.WriteLine($"| accepted: the report left the /reports inbox   | {latency.P50AckMs,9:F0} | {latency.P95AckMs,9:F0} | {"-",9} | -            |  -  |");
        if (latency.Missed > 0)
        {
            Console.WriteLine($"{latency.Missed} screen observations timed out (15 s).");
        }
    }

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ScreenBoard.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository (ScreenBoard.sln not found).");
    }
}

internal sealed record MemoryResult(double Ws0Mb, double WsNMb, double PerScreenMb, double Ws0BeforeGcMb, double WsNBeforeGcMb);

internal sealed record LatencyResult(double P50AllMs, double P95AllMs, double MaxAllMs, double P50OneMs, double P95OneMs, int Observations, double P50AckMs, double P95AckMs, int Missed, int Changes);
