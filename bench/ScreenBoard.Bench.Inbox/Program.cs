// Issue 10's benchmark: the report inbox with 10,000 waiting reports, paged on the server, against the old inbox
// (every waiting report on one page) as the baseline, in the same run on the same database file.
// Run by hand:  dotnet run -c Release --project bench/ScreenBoard.Bench.Inbox [-- --out bench/out/inbox --count 10000 --runs 20 --baseline-runs 3 --baseline-rev 8f1fc0b]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Bench.Inbox;
using ScreenBoard.Bench.Kiosk;
using ScreenBoard.Domain.Auditing;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

var count = int.Parse(Option("--count") ?? "10000", CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs") ?? "20", CultureInfo.InvariantCulture);
var baselineRuns = int.Parse(Option("--baseline-runs") ?? "3", CultureInfo.InvariantCulture);
var baselineRev = Option("--baseline-rev") ?? "8f1fc0b";
var keep = Option("--out");
using var workFolder = WorkFolder.For(keep, "screenboard-bench-inbox");
var work = workFolder.Path;
var root = RepositoryRoot();
Console.WriteLine($"ScreenBoard inbox benchmark (issue 10) — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {count:N0} waiting reports, {runs} runs (baseline {baselineRuns}), baseline = {baselineRev}");
Console.WriteLine($"Work folder: {workFolder}");

// Both builds, published in Release: this tree, and the baseline revision from git.
var appDir = Path.Combine(work, "publish", "new");
var oldDir = Path.Combine(work, "publish", "old");
var oldSource = Path.Combine(work, "baseline-src");
await ServerProcess.PublishAsync(Path.Combine(root, "ScreenBoard.App", "ScreenBoard.App.csproj"), appDir);
if (!Directory.Exists(oldSource))
{
    Directory.CreateDirectory(oldSource);
    await RunAsync("bash", ["-c", $"git -C '{root}' archive {baselineRev} | tar -x -C '{oldSource}'"]);
}

await ServerProcess.PublishAsync(Path.Combine(oldSource, "ScreenBoard.App", "ScreenBoard.App.csproj"), oldDir);

// The database: the demo list and its accounts, loaded by the app itself, then the waiting reports.
var dataDir = Path.Combine(work, "data");
if (Directory.Exists(dataDir))
{
    Directory.Delete(dataDir, recursive: true);
}

Directory.CreateDirectory(dataDir);
var dbFile = Path.Combine(dataDir, "screenboard.db");
var environment = new Dictionary<string, string>
{
    ["ConnectionStrings__ScreenBoard"] = $"Data Source={dbFile}",
    ["Jobs__SQLitePath"] = Path.Combine(dataDir, "hangfire.db"),
    ["Seed__Path"] = Path.Combine(root, "assets", "demo-list.json"),
    ["Accounts__DemoAccounts"] = "true",
};
var log = Path.Combine(work, "server.log");
await using (await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
{
}

var connection = $"Data Source={dbFile};Pooling=False";
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
await WaitingReports.AddAsync(connection, count, today.AddDays(-1));
Console.WriteLine($"Database: demo list + {count:N0} waiting reports ({new FileInfo(dbFile).Length / 1048576.0:F1} MB)");

// (1) The query in-process.
var office = new Actor("督查室", ActorRole.Office);
var capture = new SqlCapture($"Data Source={dbFile}");
var inbox = new ReportInbox(capture);
var first = await inbox.PageAsync(office, new InboxQuery());
var middlePage = first.PageCount / 2;
var unit = (await inbox.UnitsAsync(office))[0];
var filtered = new InboxQuery(1, unit.Code, "S");
Console.WriteLine($"Office inbox: {first.Total:N0} waiting, {first.PageCount} pages; middle page {middlePage}; filter unit {unit.Code} ({unit.Name}) + task text 'S'");
var queries = new List<(string Name, List<double> Ms, string Note)>
{
    ("query: first page", await TimeAsync(runs, () => inbox.PageAsync(office, new InboxQuery())), string.Empty),
    ($"query: page {middlePage}", await TimeAsync(runs, () => inbox.PageAsync(office, new InboxQuery(middlePage))), string.Empty),
    ("query: filtered", await TimeAsync(runs, () => inbox.PageAsync(office, filtered)), $"{(await inbox.PageAsync(office, filtered)).Total} match"),
    ("query: 待我处理 count", await TimeAsync(runs, () => inbox.CountAsync(office)), string.Empty),
    ("baseline query: all items", await TimeAsync(runs, () => OldInbox.AllAsync(capture)), $"{await OldInbox.AllAsync(capture):N0} items"),
};
capture.Capturing = true;
await inbox.PageAsync(office, new InboxQuery(middlePage));
capture.Capturing = false;
Console.WriteLine("EXPLAIN QUERY PLAN of the office's page (COUNT, then the page):");
foreach (var line in await capture.PlansAsync())
{
    Console.WriteLine("  " + line);
}

// (2) The page over HTTP, signed in as the office: this build, then the baseline build on the same file.
var pages = new List<(string Name, List<double> Ms, long Bytes, double RssMb)>();
await using (var server = await ServerProcess.StartAsync(Path.Combine(appDir, "ScreenBoard.App.dll"), environment, log))
{
    using var client = await SignInAsync(server.BaseAddress);
    foreach (var (name, path) in new[] { ("GET /reports", "reports"), ($"GET /reports?page={middlePage}", $"reports?page={middlePage}"), ("GET /reports filtered", $"reports?unit={unit.Code}&task=S") })
    {
        var (ms, bytes) = await GetAsync(client, path, runs);
        pages.Add((name, ms, bytes, server.ResidentMb()));
    }
}

await using (var server = await ServerProcess.StartAsync(Path.Combine(oldDir, "ScreenBoard.App.dll"), environment, Path.Combine(work, "baseline.log")))
{
    using var client = await SignInAsync(server.BaseAddress);
    var (ms, bytes) = await GetAsync(client, "reports", baselineRuns);
    pages.Add(($"baseline GET /reports ({baselineRev})", ms, bytes, server.ResidentMb()));
}

Console.WriteLine();
Console.WriteLine("| measure | runs | median ms | p95 ms | response | server RSS after |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (name, ms, note) in queries)
{
    Console.WriteLine($"| {name} | {ms.Count} | {Stats.Median(ms):F1} | {Stats.Percentile(ms, 0.95):F1} | {note} | |");
}

foreach (var (name, ms, bytes, rss) in pages)
{
    Console.WriteLine($"| {name} | {ms.Count} | {Stats.Median(ms):F0} | {Stats.Percentile(ms, 0.95):F0} | {bytes / 1024.0:N0} KB | {rss:F0} MB |");
}

var met = pages.Take(3).All(p => Stats.Percentile(p.Ms, 0.95) < 1000);
Console.WriteLine(met ? "Target met: every inbox page p95 under 1 s." : "Target NOT met: an inbox page p95 at or over 1 s.");
return met ? 0 : 1;

static async Task<List<double>> TimeAsync<T>(int runs, Func<Task<T>> action)
{
    await action();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return times;
}

static async Task<(List<double> Ms, long Bytes)> GetAsync(HttpClient client, string path, int runs)
{
    long bytes = 0;
    var times = new List<double>();
    for (var i = 0; i <= runs; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }

        bytes = body.Length;
        if (i > 0)
        {
            times.Add(elapsed); // the first request is a warm-up
        }
    }

    return (times, bytes);
}

static async Task<HttpClient> SignInAsync(Uri baseAddress)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
    var form = await client.GetStringAsync("account/login");
    var fields = Regex.Matches(form, "<input[^>]*type=\"hidden\"[^>]*>")
        .Select(m => (Name: Regex.Match(m.Value, "name=\"([^\"]*)\"").Groups[1].Value, Value: WebUtility.HtmlDecode(Regex.Match(m.Value, "value=\"([^\"]*)\"").Groups[1].Value)))
        .Where(f => f.Name.Length > 0)
        .ToDictionary(f => f.Name, f => f.Value);
    fields["Input.UserName"] = "office";
    fields["Input.Password"] = "Demo-2026!";
    using var response = await client.PostAsync("account/login", new FormUrlEncodedContent(fields));
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Signing in as office answered {(int)response.StatusCode}.");
    }

    return client;
}

static async Task RunAsync(string file, string[] arguments)
{
    using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
    var error = await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error}");
    }
}

static string RepositoryRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ScreenBoard.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("ScreenBoard.sln not found above the bench.");
}
