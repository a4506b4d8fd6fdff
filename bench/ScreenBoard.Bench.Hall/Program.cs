// Issue 12's hall benchmark: the broadcast hall screen (static page + server-sent events, docs/decisions/019) in one
// run beside the bare Blazor template's circuit: (a) server memory per screen with 50 Chromium screens, (b) with 1,000
// lightweight SSE readers, (c) change -> every Chromium screen shows it, (d) change -> every reader has it, (e) server
// CPU per change at 10, 100 and 1,000 readers. A change is an acceptance in /reports, signed in as the office.
// Run by hand:  dotnet run -c Release --project bench/ScreenBoard.Bench.Hall [-- --out bench/out/hall --screens 50 --readers 10,100,1000 --changes 8 --cpu-changes 5 --settle 10 --no-publish --no-bare]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using ScreenBoard.Bench.Kiosk;

namespace ScreenBoard.Bench.Hall;

internal static class Program
{
    private const double KbPerReaderTarget = 100;
    private const double ChromiumP95TargetMs = 250;
    private const double ReadersP95TargetMs = 1000;
    private const string HallPath = "kiosk/hall";

    /// <summary>Installed in every hall page: the first moment (page's Date.now()) #hall-board showed each data-version; __next(v) as in the kiosk bench.</summary>
    private const string HallVersionObserver = """
        () => {
          window.__seen = {};
          window.__waiters = [];
          const board = document.getElementById('hall-board');
          const earliestAbove = prev => {
            let t = null;
            for (const [v, at] of Object.entries(window.__seen)) {
              if (Number(v) > prev && (t === null || at < t)) t = at;
            }
            return t;
          };
          const record = () => {
            const v = board.getAttribute('data-version');
            if (v in window.__seen) return;
            window.__seen[v] = Date.now();
            window.__waiters = window.__waiters.filter(w => {
              const t = earliestAbove(w.prev);
              if (t === null) return true;
              w.resolve(t);
              return false;
            });
          };
          record();
          new MutationObserver(record).observe(board, { attributes: true, attributeFilter: ['data-version'] });
          window.__next = (prev, timeoutMs) => new Promise(resolve => {
            const t = earliestAbove(prev);
            if (t !== null) { resolve(t); return; }
            window.__waiters.push({ prev, resolve });
            setTimeout(() => resolve(-1), timeoutMs);
          });
        }
        """;

    /// <summary>In /reports: t0 = Date.now(), then a click on the accept button of the first of the given reports still in the inbox; [report, t0] or [-1, -1].</summary>
    private const string AcceptOneOf = """
        ids => {
          for (const id of ids) {
            const item = document.querySelector(`.inbox__item[data-report="${id}"]`);
            const button = item && item.querySelector('[data-action=accept]');
            if (!button) continue;
            const t0 = Date.now();
            button.click();
            return [id, t0];
          }
          return [-1, -1];
        }
        """;

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

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
        var readerLevels = (Option("--readers") ?? "10,100,1000").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Order().ToList();
        var changeCount = int.Parse(Option("--changes") ?? "8", CultureInfo.InvariantCulture);
        var cpuChanges = int.Parse(Option("--cpu-changes") ?? "5", CultureInfo.InvariantCulture);
        var settle = TimeSpan.FromSeconds(int.Parse(Option("--settle") ?? "10", CultureInfo.InvariantCulture));
        var withBare = !args.Contains("--no-bare");
        var publish = !args.Contains("--no-publish");
        using var workFolder = WorkFolder.For(Option("--out"), "screenboard-bench-hall");
        var work = workFolder.Path;
        var root = RepositoryRoot();

        Console.WriteLine($"ScreenBoard hall benchmark (issue 12) — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {screenCount} Chromium screens, readers {string.Join("/", readerLevels)}, {changeCount} changes per latency run, {cpuChanges} per CPU level");
        Console.WriteLine($"Work folder: {workFolder}; {LoadAverage()}");

        using var watchdog = new Timer(_ =>
        {
            Console.Error.WriteLine("Watchdog: the run took over 25 minutes; stopping.");
            Environment.Exit(3);
        }, null, TimeSpan.FromMinutes(25), Timeout.InfiniteTimeSpan);

        var total = Stopwatch.StartNew();
        var appDir = Path.Combine(work, "publish", "ScreenBoard.App");
        var bareDir = Path.Combine(work, "publish", "BareBlazor");
        if (publish)
        {
            await ServerProcess.PublishAsync(Path.Combine(root, "ScreenBoard.App", "ScreenBoard.App.csproj"), appDir);
            if (withBare)
            {
                await ServerProcess.PublishAsync(Path.Combine(root, "bench", "BareBlazor", "BareBlazor.csproj"), bareDir);
            }
        }

        var dataDir = Path.Combine(work, "data");
        Directory.CreateDirectory(dataDir);
        foreach (var stale in Directory.GetFiles(dataDir))
        {
            File.Delete(stale);
        }

        var dbFile = Path.Combine(dataDir, "screenboard.db");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__ScreenBoard"] = $"Data Source={dbFile}",
            ["Jobs__SQLitePath"] = Path.Combine(dataDir, "hangfire.db"),
            ["Seed__Path"] = "assets/demo-list.json",
            ["Accounts__DemoAccounts"] = "true",
            ["Kiosk__AllowAnonymous"] = "true",
        };
        var log = Path.Combine(work, "screenboard.log");
        await using (await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
        {
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var needed = 1 + changeCount + (cpuChanges * (readerLevels.Count - 1)) + Math.Max(cpuChanges, changeCount);
        var reportIds = (await PendingReports.AddReviewedAsync($"Data Source={dbFile};Pooling=False", needed, today.AddDays(-1))).ToList();
        Console.WriteLine($"Database seeded by the app (demo list, demo accounts) and {reportIds.Count} reviewed reports added: {dbFile}");

        await using var screens = await Screens.LaunchAsync(reducedMotion: false);
        var results = new Results();
        await using (var server = await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
        {
            Console.WriteLine();
            Console.WriteLine($"== ScreenBoard.App (pid {server.Pid}, {server.BaseAddress}) /{HallPath}; {LoadAverage()}");
            var reports = await OpenReportsAsync(screens, server.BaseAddress);
            var hall = new Uri(server.BaseAddress, HallPath);
            var writer = new Writer(reports, reportIds);

            // Warm-up: one hall page and one reader, opened and closed (code and the shared frame are in WS0).
            var warm = await screens.OpenAsync(hall, HallUp);
            await using (var one = new SseScreens(new Uri(server.BaseAddress, $"{HallPath}/stream")))
            {
                await one.OpenUpToAsync(1);
            }

            await Screens.CloseAsync([warm]);

            // (a) and (c): Chromium screens.
            await Task.Delay(settle);
            var (ws0, all0) = await server.SteadyResidentMbAsync();
            Console.WriteLine($"0 screens (after a warm-up page and reader): after GC {Join(all0)} -> {ws0:F1} MB");
            var opening = Stopwatch.StartNew();
            var pages = await screens.OpenManyAsync(screenCount, hall, HallUp);
            Console.WriteLine($"{pages.Count} Chromium hall screens open, stream up, in {opening.Elapsed.TotalSeconds:F1} s; settling {settle.TotalSeconds:F0} s");
            await Task.Delay(settle);
            var (wsN, allN) = await server.SteadyResidentMbAsync();
            results.Chromium = new Memory(ws0, wsN, screenCount);
            Console.WriteLine($"{screenCount} Chromium screens: after GC {Join(allN)} -> {wsN:F1} MB; per screen {results.Chromium.PerScreenKb:F0} KB; {LoadAverage()}");

            foreach (var page in pages)
            {
                await page.EvaluateAsync(HallVersionObserver);
            }

            async Task<double[]> ChromiumWait(long previous, Func<Task<double>> change)
            {
                var waits = pages.Select(p => p.EvaluateAsync<double>("([prev, timeout]) => window.__next(prev, timeout)", new object[] { previous, WaitLimit.TotalMilliseconds })).ToList();
                var t0 = await change();
                return [.. (await Task.WhenAll(waits)).Select(seen => seen < 0 ? -1 : seen - t0)];
            }

            async Task<long> ChromiumVersion() => (await Task.WhenAll(pages.Select(p => p.EvaluateAsync<long>("() => Number(document.getElementById('hall-board').dataset.version)")))).Max();

            // The browsers' own work per change: the whole machine's busy CPU over the changes, less its idle rate with
            // the same screens open (rotation, clocks) and less the server's CPU, per change and screen. On one
            // machine the last screen cannot have a change before about screens × this / cores.
            var metrics = await Task.WhenAll(pages.Select(PageMetrics.OpenAsync));
            var metricsIdleFrom = await PageMetrics.SumAsync(metrics);
            var machineIdleFrom = CpuUsage.Read(server.Pid);
            var machineIdleWatch = Stopwatch.StartNew();
            await Task.Delay(settle * 2);
            var machineIdleTo = CpuUsage.Read(server.Pid);
            var metricsIdleTo = await PageMetrics.SumAsync(metrics);
            var machineIdleSeconds = machineIdleWatch.Elapsed.TotalSeconds;
            Console.WriteLine($"(c) {changeCount} acceptances after one warm-up, {screenCount} Chromium screens; idle with the screens open: {CpuUsage.Between(machineIdleFrom, machineIdleTo)}");
            var machineFrom = CpuUsage.Read(server.Pid);
            var machineWatch = Stopwatch.StartNew();
            results.ChromiumLatency = await ChangesAsync(server, writer, changeCount, warmUp: true, ChromiumVersion, ChromiumWait, pause: TimeSpan.FromMilliseconds(1500));
            var machineTo = CpuUsage.Read(server.Pid);
            var metricsTo = await PageMetrics.SumAsync(metrics);
            Console.WriteLine($"  {BrowserCpu.From(machineIdleFrom, machineIdleTo, machineIdleSeconds, machineFrom, machineTo, machineWatch.Elapsed.TotalSeconds, changeCount + 1, screenCount)}");
            Console.WriteLine($"  the pages' main threads (Chromium's Performance metrics), per screen per change, net of idle: {PageMetrics.Describe(metricsIdleFrom, metricsIdleTo, machineIdleSeconds, metricsIdleTo, metricsTo, machineWatch.Elapsed.TotalSeconds, changeCount + 1, screenCount)}");
            await Screens.CloseAsync(pages);

            // (b), (d), (e): lightweight readers.
            await using var readers = new SseScreens(new Uri(server.BaseAddress, $"{HallPath}/stream"));
            await Task.Delay(settle);
            var (wsR0, allR0) = await server.SteadyResidentMbAsync();
            Console.WriteLine();
            Console.WriteLine($"Chromium screens closed; 0 readers: after GC {Join(allR0)} -> {wsR0:F1} MB; {LoadAverage()}");

            Task<long> ReadersVersion() => Task.FromResult(readers.MaxVersion);

            async Task<double[]> ReadersWait(long previous, Func<Task<double>> change)
            {
                var t0 = await change();
                return [.. (await readers.WaitAboveAsync(previous, WaitLimit)).Select(seen => seen < 0 ? -1 : seen - t0)];
            }

            foreach (var level in readerLevels)
            {
                opening.Restart();
                await readers.OpenUpToAsync(level);
                Console.WriteLine($"{readers.Count} readers connected (each had its first event) in {opening.Elapsed.TotalSeconds:F1} s; settling {settle.TotalSeconds:F0} s");
                await Task.Delay(settle);
                var last = level == readerLevels[^1];
                if (last)
                {
                    // What a connected screen costs before any change has been written to it.
                    var (wsIdle, allIdle) = await server.SteadyResidentMbAsync();
                    results.ReadersBeforeChanges = new Memory(wsR0, wsIdle, readers.Count);
                    Console.WriteLine($"{readers.Count} readers, no change yet: after GC {Join(allIdle)} -> {wsIdle:F1} MB; per reader {results.ReadersBeforeChanges.PerScreenKb:F1} KB; {LoadAverage()}");
                }

                var idleFrom = CpuUsage.Read(server.Pid);
                var idleWatch = Stopwatch.StartNew();
                await Task.Delay(TimeSpan.FromSeconds(5));
                var idleTicks = CpuUsage.Read(server.Pid).Process - idleFrom.Process;
                var idleSeconds = idleWatch.Elapsed.TotalSeconds;

                var count = last ? Math.Max(cpuChanges, changeCount) : cpuChanges;
                Console.WriteLine($"(d/e) {count} acceptances with {level} readers:");
                var bytesFrom = readers.BytesReceived;
                var cpuFrom = CpuUsage.Read(server.Pid);
                var watch = Stopwatch.StartNew();
                var latency = await ChangesAsync(server, writer, count, warmUp: false, ReadersVersion, ReadersWait, pause: TimeSpan.FromMilliseconds(500));
                var cpuTo = CpuUsage.Read(server.Pid);
                var bytesPerChange = (readers.BytesReceived - bytesFrom) / (double)count / readers.Count;
                var ticks = cpuTo.Process - cpuFrom.Process;
                var net = Idle.Net(ticks, watch.Elapsed.TotalSeconds, idleTicks, idleSeconds);
                var cpu = new Cpu(level, count, ticks * 10.0 / count, Math.Max(0, net) * 10.0 / count, idleTicks * 10.0 / idleSeconds, bytesPerChange / 1024);
                results.Levels.Add((cpu, latency));
                Console.WriteLine($"  server CPU {ticks * 10} ms over {count} changes in {watch.Elapsed.TotalSeconds:F1} s = {cpu.GrossMsPerChange:F1} ms per change; idle {cpu.IdleMsPerSecond:F1} ms/s -> net {cpu.NetMsPerChange:F1} ms per change; {CpuUsage.Between(cpuFrom, cpuTo)}; {LoadAverage()}");

                if (last)
                {
                    await Task.Delay(settle);
                    var (wsR, allR) = await server.SteadyResidentMbAsync();
                    results.Readers = new Memory(wsR0, wsR, readers.Count);
                    Console.WriteLine($"{readers.Count} readers: after GC {Join(allR)} -> {wsR:F1} MB; per reader {results.Readers.PerScreenKb:F1} KB; {LoadAverage()}");
                }
            }

            var accepted = await PendingReports.CountAcceptedAsync($"Data Source={dbFile};Pooling=False", writer.Accepted);
            Console.WriteLine($"Reports accepted in the database: {accepted} of {writer.Accepted.Count} clicked");
            await Screens.CloseAsync([reports]);
        }

        if (withBare)
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(bareDir, "BareBlazor.dll"), new Dictionary<string, string>(), Path.Combine(work, "bare.log"));
            Console.WriteLine();
            Console.WriteLine($"== bare Blazor template (pid {server.Pid}, {server.BaseAddress}) /counter; {LoadAverage()}");
            var counter = new Uri(server.BaseAddress, "counter");
            await Screens.CloseAsync([await screens.OpenAsync(counter, Screens.CounterInteractive)]);
            await Task.Delay(settle);
            var (ws0, all0) = await server.SteadyResidentMbAsync();
            var pages = await screens.OpenManyAsync(screenCount, counter, Screens.CounterInteractive);
            await Task.Delay(settle);
            var (wsN, allN) = await server.SteadyResidentMbAsync();
            results.Bare = new Memory(ws0, wsN, screenCount);
            Console.WriteLine($"0 circuits: {Join(all0)} -> {ws0:F1} MB; {screenCount} circuits: {Join(allN)} -> {wsN:F1} MB; per circuit {results.Bare.PerScreenKb:F0} KB");
            await Screens.CloseAsync(pages);
        }

        var met = Print(results, screenCount);
        Console.WriteLine($"Run took {total.Elapsed.TotalMinutes:F1} min; {LoadAverage()}");
        return met ? 0 : 1;
    }

    /// <summary>/reports signed in as the office (a demo account), through the login form as a person would.</summary>
    private static async Task<IPage> OpenReportsAsync(Screens screens, Uri server)
    {
        var page = await screens.OpenAsync(new Uri(server, "account/login"), p => p.WaitForSelectorAsync("#user-name"));
        await page.FillAsync("#user-name", "office");
        await page.FillAsync("#password", ScreenBoard.App.Features.Accounts.AccountsOptions.DemoPassword);
        await page.ClickAsync("[data-action=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("account/login", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(server, "reports").ToString());
        await Screens.ScreenBoardInteractive(page);
        return page;
    }

    /// <summary>A hall page whose event stream is up (hall.js marks the root once the first event arrived).</summary>
    private static Task HallUp(IPage page) =>
        page.WaitForSelectorAsync("html[data-stream=up] #hall-board[data-version]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// <paramref name="count"/> acceptances, one after the previous reached every screen (and a pause); per change the
    /// time from the click to the last screen having it, and every screen's time.
    /// </summary>
    private static async Task<Latency> ChangesAsync(ServerProcess server, Writer writer, int count, bool warmUp, Func<Task<long>> version, Func<long, Func<Task<double>>, Task<double[]>> wait, TimeSpan pause)
    {
        var everyScreen = new List<double>();
        var observations = new List<double>();
        var missed = 0;
        for (var i = warmUp ? -1 : 0; i < count; i++)
        {
            var previous = await version();
            var delays = await wait(previous, writer.AcceptNextAsync);
            var late = delays.Count(d => d < 0);
            var worst = late > 0 ? double.PositiveInfinity : delays.Max();
            var label = i < 0 ? "warm-up " : $"change {i + 1,2}";
            Console.WriteLine($"  {label}: first {delays.Where(d => d >= 0).DefaultIfEmpty(double.NaN).Min(),5:F0}, median {Stats.Median(delays.Where(d => d >= 0).DefaultIfEmpty(double.NaN)),5:F0}, every screen {worst,5:F0} ms{(late > 0 ? $" ({late} screens missed it)" : string.Empty)}{(i < 0 ? " (not counted)" : string.Empty)}");
            if (i >= 0)
            {
                missed += late;
                everyScreen.Add(worst);
                observations.AddRange(delays.Where(d => d >= 0));
            }

            await Task.Delay(pause);
        }

        return new Latency(Stats.Percentile(everyScreen, 0.5), Stats.Percentile(everyScreen, 0.95), everyScreen.Max(), Stats.Percentile(observations, 0.5), Stats.Percentile(observations, 0.95), observations.Count, missed, everyScreen.Count);
    }

    private static bool Print(Results r, int screens)
    {
        static string Met(bool met) => met ? "yes" : "NO ";
        var bareKb = r.Bare?.PerScreenKb;
        string Ratio(double kb) => bareKb is { } b ? $"{b / kb:F1}x less" : "-";

        Console.WriteLine();
        Console.WriteLine($"Memory (server VmRSS, steady after induced full GCs; per screen = (WS_N - WS_0) / N); {LoadAverage()}:");
        Console.WriteLine("| measure                                        |    WS_0 MB |    WS_N MB | per screen KB | vs bare circuit | target       | met |");
        Console.WriteLine("|------------------------------------------------|-----------:|-----------:|--------------:|-----------------|--------------|-----|");
        Console.WriteLine($"| (a) hall, {screens} Chromium screens                  | {r.Chromium!.Ws0Mb,10:F1} | {r.Chromium.WsNMb,10:F1} | {r.Chromium.PerScreenKb,13:F1} | {Ratio(r.Chromium.PerScreenKb),-15} | -            |  -  |");
        Console.WriteLine($"| (b) hall, {r.Readers!.Screens} lightweight SSE readers          | {r.Readers.Ws0Mb,10:F1} | {r.Readers.WsNMb,10:F1} | {r.Readers.PerScreenKb,13:F1} | {Ratio(r.Readers.PerScreenKb),-15} | <= 100 KB    | {Met(r.Readers.PerScreenKb <= KbPerReaderTarget && (bareKb is null || bareKb / r.Readers.PerScreenKb >= 10))} |");
        if (r.ReadersBeforeChanges is { } idle)
        {
            Console.WriteLine($"| … the same readers before any change          | {idle.Ws0Mb,10:F1} | {idle.WsNMb,10:F1} | {idle.PerScreenKb,13:F1} | {Ratio(idle.PerScreenKb),-15} | -            |  -  |");
        }
        if (r.Bare is { } bare)
        {
            Console.WriteLine($"| bare template /counter, {screens} circuits             | {bare.Ws0Mb,10:F1} | {bare.WsNMb,10:F1} | {bare.PerScreenKb,13:F1} | -               | -            |  -  |");
        }

        Console.WriteLine();
        Console.WriteLine("Latency, click on accept in /reports -> the screen has the new version (nearest-rank percentiles over changes of the per-change max):");
        Console.WriteLine("| measure                                        |  p50 ms |  p95 ms |  max ms | one screen p50/p95 ms | target       | met |");
        Console.WriteLine("|------------------------------------------------|--------:|--------:|--------:|-----------------------|--------------|-----|");
        var c = r.ChromiumLatency!;
        Console.WriteLine($"| (c) every one of {screens} Chromium screens ({c.Changes} changes) | {c.P50AllMs,7:F0} | {c.P95AllMs,7:F0} | {c.MaxAllMs,7:F0} | {$"{c.P50OneMs:F0} / {c.P95OneMs:F0}",-21} | p95 <= 250   | {Met(c.P95AllMs <= ChromiumP95TargetMs && c.Missed == 0)} |");
        var metReaders = true;
        foreach (var (cpu, latency) in r.Levels)
        {
            var isTarget = cpu.Readers == r.Levels[^1].Cpu.Readers;
            var met = latency.P95AllMs <= ReadersP95TargetMs && latency.Missed == 0;
            metReaders &= !isTarget || met;
            Console.WriteLine($"| (d) every one of {cpu.Readers,4} readers ({latency.Changes} changes)     | {latency.P50AllMs,7:F0} | {latency.P95AllMs,7:F0} | {latency.MaxAllMs,7:F0} | {$"{latency.P50OneMs:F0} / {latency.P95OneMs:F0}",-21} | {(isTarget ? "p95 <= 1000" : "-"),-12} | {(isTarget ? Met(met) : " - ")} |");
        }

        Console.WriteLine();
        Console.WriteLine("(e) Server CPU per change (process utime+stime over the changes / changes; net: minus the idle rate measured just before):");
        Console.WriteLine("| readers | changes | gross ms/change | idle ms/s | net ms/change | KB per reader per change |");
        Console.WriteLine("|--------:|--------:|----------------:|----------:|--------------:|-------------------------:|");
        foreach (var (cpu, _) in r.Levels)
        {
            Console.WriteLine($"| {cpu.Readers,7} | {cpu.Changes,7} | {cpu.GrossMsPerChange,15:F1} | {cpu.IdleMsPerSecond,9:F1} | {cpu.NetMsPerChange,13:F1} | {cpu.KbPerReaderPerChange,24:F1} |");
        }

        return Met(r.Readers.PerScreenKb <= KbPerReaderTarget) == "yes" && c.P95AllMs <= ChromiumP95TargetMs && c.Missed == 0 && metReaders;
    }

    private static string LoadAverage() => $"load average {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}";

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScreenBoard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (ScreenBoard.sln not found).");
    }

    /// <summary>The app's real write path: a click on 接收 (accept) in /reports, the office signed in; reports taken in turn.</summary>
    private sealed class Writer(IPage reports, List<int> ids)
    {
        public List<int> Accepted { get; } = [];

        public async Task<double> AcceptNextAsync()
        {
            var remaining = ids.Except(Accepted).ToArray();
            var picked = await reports.EvaluateAsync<double[]>(AcceptOneOf, remaining);
            if (picked[0] < 0)
            {
                throw new InvalidOperationException($"None of the {remaining.Length} remaining bench reports has an accept button in /reports.");
            }

            Accepted.Add((int)picked[0]);
            var id = (int)picked[0];
            await reports.WaitForSelectorAsync($".inbox__item[data-report=\"{id}\"]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
            return picked[1];
        }
    }
}

internal sealed record Memory(double Ws0Mb, double WsNMb, int Screens)
{
    public double PerScreenKb => (WsNMb - Ws0Mb) * 1024 / Screens;
}

internal sealed record Latency(double P50AllMs, double P95AllMs, double MaxAllMs, double P50OneMs, double P95OneMs, int Observations, int Missed, int Changes);

internal sealed record Cpu(int Readers, int Changes, double GrossMsPerChange, double NetMsPerChange, double IdleMsPerSecond, double KbPerReaderPerChange);

internal sealed class Results
{
    public Memory? Chromium { get; set; }

    public Memory? Readers { get; set; }

    public Memory? ReadersBeforeChanges { get; set; }

    public Memory? Bare { get; set; }

    public Latency? ChromiumLatency { get; set; }

    public List<(Cpu Cpu, Latency Latency)> Levels { get; } = [];
}

/// <summary>
/// The Chromium screens' CPU per change: machine busy ticks over the changes (warm-up included) less the idle rate
/// measured just before with the same screens open, less the server's own ticks; per change, then per screen.
/// </summary>
internal sealed record BrowserCpu(double MachineMsPerChange, double ServerMsPerChange, double IdleMsPerSecond, double PerScreenMs, int Screens)
{
    public static BrowserCpu From(CpuUsage idleFrom, CpuUsage idleTo, double idleSeconds, CpuUsage from, CpuUsage to, double seconds, int changes, int screens)
    {
        // /proc/stat counts every core's ticks: ms of CPU = ticks × 10.
        var machine = Idle.Net(to.MachineBusy - from.MachineBusy, seconds, idleTo.MachineBusy - idleFrom.MachineBusy, idleSeconds) * 10.0 / changes;
        var server = Idle.Net(to.Process - from.Process, seconds, idleTo.Process - idleFrom.Process, idleSeconds) * 10.0 / changes;
        return new BrowserCpu(machine, server, (idleTo.MachineBusy - idleFrom.MachineBusy) * 10.0 / idleSeconds, (machine - server) / screens, screens);
    }

    public override string ToString() =>
        $"machine CPU per change net of idle {MachineMsPerChange:F0} ms (idle {IdleMsPerSecond:F0} ms/s), the server's {ServerMsPerChange:F0} ms, " +
        $"so the browsers' {PerScreenMs:F1} ms per screen per change; {Screens} screens on {Environment.ProcessorCount} cores: " +
        $"the last one no sooner than about {PerScreenMs * Screens / Environment.ProcessorCount:F0} ms after the server's send";
}

/// <summary>Chromium's own main-thread counters of a page (CDP <c>Performance.getMetrics</c>): script, style, layout, every task.</summary>
internal sealed class PageMetrics(ICDPSession session)
{
    private static readonly string[] Names = ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"];

    public static async Task<PageMetrics> OpenAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        return new PageMetrics(session);
    }

    private async Task<Dictionary<string, double>> ReadAsync()
    {
        var reply = await session.SendAsync("Performance.getMetrics");
        return reply!.Value.GetProperty("metrics").EnumerateArray()
            .Where(m => Names.Contains(m.GetProperty("name").GetString()))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble() * 1000);
    }

    /// <summary>Each counter summed over the pages, in ms.</summary>
    public static async Task<Dictionary<string, double>> SumAsync(IEnumerable<PageMetrics> pages)
    {
        var all = await Task.WhenAll(pages.Select(p => p.ReadAsync()));
        return Names.ToDictionary(n => n, n => all.Sum(a => a.GetValueOrDefault(n)));
    }

    public static string Describe(Dictionary<string, double> idleFrom, Dictionary<string, double> idleTo, double idleSeconds, Dictionary<string, double> from, Dictionary<string, double> to, double seconds, int changes, int screens) =>
        string.Join(", ", Names.Select(n =>
        {
            var idle = idleTo[n] - idleFrom[n];
            return $"{n} {Idle.Net(to[n] - from[n], seconds, idle, idleSeconds) / changes / screens:F1} ms (idle {idle / idleSeconds / screens:F1} ms/s)";
        }));
}

internal static class Idle
{
    /// <summary>A counter's growth over <paramref name="seconds"/> less what it grew at the idle rate measured just before.</summary>
    public static double Net(double during, double seconds, double idle, double idleSeconds) => during - idle / idleSeconds * seconds;
}
