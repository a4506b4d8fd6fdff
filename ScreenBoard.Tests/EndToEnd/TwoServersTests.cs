using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Jobs;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;
using Xunit.Abstractions;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// Two app servers, two processes on two ports, on one PostgreSQL database with one Hangfire store (docs/deploy.md):
/// a change accepted on A reaches a wall screen on B within a second, the quarterly job triggered on both at once
/// leaves one snapshot, a screen that asked A is paired by the office on B (the code is in the database, not in A's
/// memory) and then accepted by B (whose devices page counts it while A's says it is online through another server), and an office sign-in made on B is accepted by A.
/// Runs in both suite runs: it needs the PostgreSQL server the suite's PostgreSQL run uses
/// (<see cref="TestEngine.ServerVariable"/>, or the local one), which .ci/run starts.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class TwoServersTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int WithinMilliseconds = 1000;
    private static readonly (int Year, int Quarter) LastEndedQuarter = (2026, 3);
    private TestDatabase? _database;
    private AppServerProcess? _a;
    private AppServerProcess? _b;
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _database = new TestDatabase(DatabaseProvider.PostgreSql);
        IEnumerable<KeyValuePair<string, string?>> settings =
        [
            .. _database.Configuration,
            new("Jobs:Storage", JobsOptions.PostgreSqlStorage),
            new("Evidence:Folder", Path.Combine(_database.Folder, "evidence")),
            new("Seed:PublishPastQuarters", "false"),
            new("Kiosk:AllowAnonymous", "false"),
            new("Kiosk:Profiles:hall:RotationSeconds", "3600"),
            new("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
            new("Logging:Console:TimestampFormat", "HH:mm:ss.fff "),
        ];

        // A first: it migrates, seeds the demo and makes the key ring; B then starts on what A made.
        _a = await AppServerProcess.StartAsync("a", settings, _database.Folder);
        _b = await AppServerProcess.StartAsync("b", settings, _database.Folder);
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        foreach (var server in new[] { _a, _b })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        _database?.Dispose();
    }

    [Fact]
    public async Task AScreenAskingA_IsPairedOnB_ShowsOnB_SeesAChangeAcceptedOnAWithinASecond_AndTheQuarterlyJobOnBothLeavesOneSnapshot()
    {
        var a = _a!.BaseAddress;
        var b = _b!.BaseAddress;

        // A wall screen asks A for the hall kiosk and is sent to pair; the office, signed in on B, enters its code there,
        // and the screen, still connected to A, claims its credential from A.
        var screenContext = await _chromium!.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var screen = await screenContext.NewPageAsync();
        await screen.GotoAsync(new Uri(a, "kiosk/hall").ToString());
        var code = screen.Locator("[data-testid=pairing-code]");
        await Assertions.Expect(code).ToHaveTextAsync(PairingCode(), new() { Timeout = 60_000 });
        var office = await _chromium.OpenAsync(b, "devices", page => BrowserSignIn.AsAsync(page, b, AccountsInitializer.OfficeUserName));
        await office.FillAsync("input[data-testid=register-name], [data-testid=register-name] input", "二楼会议室屏");
        await office.ClickAsync("[data-action=register]");
        await Assertions.Expect(office.Locator("[data-testid=devices]")).ToContainTextAsync("二楼会议室屏", new() { Timeout = 30_000 });
        await office.FillAsync("input[data-testid=pair-code], [data-testid=pair-code] input", await code.InnerTextAsync());
        await office.ClickAsync("[data-action=pair]");
        await screen.WaitForURLAsync(HallKiosk(), new() { Timeout = 30_000 });
        Assert.StartsWith(a.ToString(), screen.Url, StringComparison.Ordinal);
        Assert.Contains(await screenContext.CookiesAsync(), c => c.Name == DeviceAuthentication.CookieName);

        // The same screen, credential cookie and all, now asks B: B shows it the kiosk, no pairing code.
        await screen.GotoAsync(new Uri(b, "kiosk/hall").ToString());
        await Chromium.WaitUntilInteractiveAsync(screen, 60_000);
        Assert.StartsWith(b.ToString(), screen.Url, StringComparison.Ordinal);
        Assert.Matches(HallKiosk(), screen.Url);

        // The office's sign-in cookie, issued by B, is valid on A (one key ring in the database): A's office page, no sign-in.
        var officeOnA = await office.Context.NewPageAsync();
        await officeOnA.GotoAsync(new Uri(a, "devices").ToString());
        await Chromium.WaitUntilInteractiveAsync(officeOnA);
        Assert.DoesNotContain(AccountRoutes.Login, officeOnA.Url, StringComparison.Ordinal);
        await Assertions.Expect(officeOnA.Locator("[data-testid=devices]")).ToContainTextAsync("二楼会议室屏");

        // The screen is connected to B now: B's devices page counts it, A's says it is online through another server.
        const string Row = "tr[data-device='二楼会议室屏']";
        await Assertions.Expect(office.Locator(Row)).ToHaveAttributeAsync("data-presence", "Here", new() { Timeout = 30_000 });
        await Assertions.Expect(officeOnA.Locator(Row)).ToHaveAttributeAsync("data-presence", "Elsewhere", new() { Timeout = 30_000 });
        await Assertions.Expect(officeOnA.Locator(Row)).ToContainTextAsync("在线（其他服务器）");

        // The office accepts a report on A; the screen on B shows the new board within a second of A's save.
        // Both moments are stamped inside the browser as the DOM changes (one browser, one clock), so the figure is
        // the change's own latency, not the polling interval of the waits below.
        await office.GotoAsync(new Uri(a, "reports").ToString());
        await Chromium.WaitUntilInteractiveAsync(office);
        var item = office.Locator(".inbox__item:has([data-action=accept])").First;
        var taskCode = await item.GetAttributeAsync("data-task");
        var kiosk = screen.Locator(".kiosk");
        var versionOnB = await kiosk.GetAttributeAsync("data-board-version");
        var accepted = $".inbox__item[data-task='{taskCode}']";
        await office.EvaluateAsync(StampWhen($"!document.querySelector(\"{accepted}\")"));
        await screen.EvaluateAsync(StampWhen($"document.querySelector('.kiosk')?.getAttribute('data-board-version') !== '{versionOnB}'"));
        await item.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(office.Locator(accepted)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(kiosk).Not.ToHaveAttributeAsync("data-board-version", versionOnB!, new() { Timeout = 10_000 });
        var savedAt = await office.EvaluateAsync<double>("() => window.__stampedAt");
        var shownAt = await screen.EvaluateAsync<double>("() => window.__stampedAt");
        var latency = shownAt - savedAt;
        output.WriteLine($"Accepted on A, shown on B's screen {latency:0} ms after A showed it saved.");
        Assert.True(latency <= WithinMilliseconds, $"The change reached the screen on B {latency:0} ms after A showed it saved.");

        // The quarterly job, triggered from both servers' dashboards at once, leaves one snapshot of the quarter.
        var dashboards = new[] { officeOnA, await office.Context.NewPageAsync() };
        await dashboards[0].GotoAsync(new Uri(a, "hangfire/recurring").ToString());
        await dashboards[1].GotoAsync(new Uri(b, "hangfire/recurring").ToString());
        foreach (var dashboard in dashboards)
        {
            await dashboard.CheckAsync($"input.js-jobs-list-checkbox[value='{RecurringJobIds.QuarterlyScores}']");
        }

        var triggered = await QuarterlyRunsAsync();
        await Task.WhenAll(dashboards.Select(d => d.ClickAsync("button[data-url$='/recurring/trigger']")));
        var (runs, succeeded) = await WaitForQuarterlyRunsAsync(triggered.Runs + 2);

        output.WriteLine($"Quarterly job runs in the shared store: {runs}, succeeded: {succeeded}.");
        Assert.Equal(runs, succeeded);
        Assert.Equal(1L, await ScalarAsync(
            "SELECT count(*) FROM \"Snapshots\" WHERE \"Year\" = @year AND \"Quarter\" = @quarter",
            ("year", LastEndedQuarter.Year), ("quarter", LastEndedQuarter.Quarter)));
    }

    /// <summary>
    /// A script that stamps <c>window.__stampedAt</c> with <c>Date.now()</c> at the first DOM change after which
    /// <paramref name="condition"/> (a JavaScript expression) holds.
    /// </summary>
    private static string StampWhen(string condition) => $$"""
        () => {
            window.__stampedAt = null;
            const observer = new MutationObserver(() => {
                if ({{condition}}) {
                    window.__stampedAt = Date.now();
                    observer.disconnect();
                }
            });
            observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        """;

    /// <summary>The quarterly job's runs in the shared Hangfire store: all, and those that succeeded.</summary>
    private async Task<(long Runs, long Succeeded)> QuarterlyRunsAsync()
    {
        const string Of = $"FROM {JobsOptions.PostgreSqlSchema}.job WHERE invocationdata::text LIKE '%QuarterlyScoresJob%'";
        return (await ScalarAsync("SELECT count(*) " + Of), await ScalarAsync("SELECT count(*) " + Of + " AND statename = 'Succeeded'"));
    }

    /// <summary>Until at least <paramref name="runs"/> runs exist and none is still waiting or running (or a minute).</summary>
    private async Task<(long Runs, long Succeeded)> WaitForQuarterlyRunsAsync(long runs)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var now = await QuarterlyRunsAsync();
            if ((now.Runs >= runs && now.Runs == now.Succeeded) || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                return now;
            }

            await Task.Delay(250);
        }
    }

    private async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await _database!.PostgresScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[ACDEFGHJKMNPQRTUVWXY34679]{6}$")]
    private static partial Regex PairingCode();

    [GeneratedRegex("/kiosk/hall$")]
    private static partial Regex HallKiosk();
}
