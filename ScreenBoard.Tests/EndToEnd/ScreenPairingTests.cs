using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// A wall screen never sees a sign-in page: it shows a pairing code, the office pairs it, it shows its
/// kiosk, survives a server restart with no touch, and shows a pairing code again once revoked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ScreenPairingTests : IAsyncLifetime
{
    private static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");
    private static readonly PageWaitForFunctionOptions Patiently = new() { Timeout = 60_000, PollingInterval = 250 };

    private readonly TestDatabase _database = new(migrate: false);
    private ScreenApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _app = ScreenApp.Start(_database, port: 0);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task AScreenPairs_ShowsTheHallKiosk_SurvivesARestart_AndShowsACodeAgainOnceRevoked()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var screen = await context.NewPageAsync();

        // A new screen asked for the hall kiosk is sent to pair: a code, no data, no sign-in page.
        await screen.GotoAsync(new Uri(_app!.BaseAddress, "kiosk/hall").ToString());
        var code = await CodeOnAsync(screen);
        Assert.EndsWith("/kiosk/pair", screen.Url);
        Assert.Equal(0, await screen.Locator(".kiosk[data-slide]").CountAsync());

        // The office registers the screen and enters the code.
        var devices = _app.Services.GetRequiredService<DeviceCommands>();
        var (registered, deviceId) = await devices.RegisterAsync("一楼大厅屏", "一楼大厅", "hall", Office);
        var paired = await devices.PairAsync(deviceId, code, "hall", Office);
        Assert.True(registered.Succeeded && paired.Succeeded, $"{registered.MessageKey} {paired.MessageKey}");

        await screen.WaitForURLAsync(KioskUrl(), new() { Timeout = 30_000 });
        await screen.WaitForSelectorAsync("html[data-stream=up] .kiosk--hall", new() { Timeout = 30_000 });
        await WaitUntilAsync(() => _app.Services.GetRequiredService<KioskConnections>().CountFor(deviceId) == 1);
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == DeviceAuthentication.CookieName);
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(300).ToUnixTimeSeconds());

        // The server restarts on the same port and database; the screen comes back by itself, on live data
        // (a hall screen has no circuit to lose: its stream reconnects, with no reload).
        var port = _app.BaseAddress.Port;
        await _app.DisposeAsync();
        await screen.WaitForFunctionAsync("() => document.documentElement.dataset.stream !== 'up'", null, Patiently);
        _app = ScreenApp.Start(_database, port);
        await screen.WaitForFunctionAsync("() => document.querySelector('.kiosk--hall') && document.documentElement.dataset.stream === 'up'", null, Patiently);
        Assert.Matches(KioskUrl(), screen.Url);
        var version = await screen.Locator(".kiosk").GetAttributeAsync("data-board-version");
        await AcceptAReportAsync();
        await Assertions.Expect(screen.Locator(".kiosk")).Not.ToHaveAttributeAsync("data-board-version", version!, new() { Timeout = 10_000 });

        // The office revokes it: within the re-check interval the screen shows a pairing code, no data.
        var revoked = await _app.Services.GetRequiredService<DeviceCommands>().RevokeAsync(deviceId, Office);
        Assert.True(revoked.Succeeded);
        var newCode = await CodeOnAsync(screen);
        Assert.NotEqual(code, newCode);
        Assert.Equal(0, await screen.Locator(".kiosk[data-slide]").CountAsync());
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == DeviceAuthentication.CookieName);
    }

    /// <summary>The code the pairing page shows once its circuit is up.</summary>
    private static async Task<string> CodeOnAsync(IPage screen)
    {
        var code = screen.Locator("[data-testid=pairing-code]");
        await Assertions.Expect(code).ToHaveTextAsync(Code(), new() { Timeout = 60_000 });
        return await code.InnerTextAsync();
    }

    private async Task AcceptAReportAsync()
    {
        var services = _app!.Services;
        var item = (await services.GetRequiredService<ReportInbox>().PageAsync(Office, new InboxQuery())).Items.First();
        var accepted = await services.GetRequiredService<ReportCommands>().AcceptAsync(item.ReportId, item.Version, Office);
        Assert.True(accepted.Succeeded, accepted.MessageKey);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }

    [GeneratedRegex("^[ACDEFGHJKMNPQRTUVWXY34679]{6}$")]
    private static partial Regex Code();

    [GeneratedRegex("/kiosk/hall$")]
    private static partial Regex KioskUrl();

    /// <summary>The app on Kestrel, on a database that outlives it, re-checking screens every 2 seconds.</summary>
    private sealed class ScreenApp(TestDatabase database) : AppFactory(database, ownsDatabase: false)
    {
        public Uri BaseAddress { get; private set; } = null!;

        protected override TimeProvider AppClock { get; } = new RunningClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Kiosk:AllowAnonymous", "false"),
            new("Kiosk:DeviceRecheckSeconds", "2"),
            new("Kiosk:Profiles:hall:RotationSeconds", "3600"),
        ];

        public static ScreenApp Start(TestDatabase database, int port)
        {
            var app = new ScreenApp(database);
            app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
            app.StartServer();
            app.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return app;
        }
    }
}
