using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The app on Kestrel at 127.0.0.1 (a free port) with its demo list, and Debian's Chromium driven by
/// Playwright (never Playwright's own browser download).
/// </summary>
public class BrowserHost : AppFactory, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    protected override TimeProvider AppClock { get; } = new RunningClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Kiosk:Profiles:e2e:UnitsPerPage", "40"),
        new("Kiosk:Profiles:e2e:RotationSeconds", "3600"),
        .. MoreSettings,
    ];

    /// <summary>What a host for one test class adds to the settings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings => [];

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies and circuit) with a page at a path, once its circuit is up.</summary>
    /// <param name="path">Relative to the app.</param>
    /// <param name="beforeNavigation">Set up the page (routes, scripts) before it loads.</param>
    /// <param name="signInAs">Sign in first as this account (user name, password) through the sign-in page.</param>
    public async Task<IPage> OpenAsync(string path, Func<IPage, Task>? beforeNavigation = null, (string UserName, string Password)? signInAs = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        if (signInAs is { } account)
        {
            await SignInAsync(page, account.UserName, account.Password);
        }

        if (beforeNavigation is not null)
        {
            await beforeNavigation(page);
        }

        await page.GotoAsync(new Uri(BaseAddress, path).ToString());

        // The first tap can land before the circuit connects, and the prerendered page is replaced once it
        // does: wait until the page has rendered interactively.
        await page.WaitForSelectorAsync("html[data-circuit=up]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Signs in through /account/login as a person would: types the name and password, presses 登录.</summary>
    public async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync(new Uri(BaseAddress, ScreenBoard.App.Features.Accounts.AccountRoutes.Login).ToString());
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-action=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains(ScreenBoard.App.Features.Accounts.AccountRoutes.Login, StringComparison.Ordinal));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }
}
