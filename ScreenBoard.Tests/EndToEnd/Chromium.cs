using Microsoft.Playwright;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright (never Playwright's own browser download).</summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies and circuit) with a page at a path, once its circuit is up.</summary>
    /// <param name="baseAddress">Where the app listens.</param>
    /// <param name="path">Relative to the app.</param>
    /// <param name="beforeNavigation">Set up the page (routes, scripts, clock) before it loads.</param>
    /// <param name="timezoneId">The browser's own time zone (IANA id); the machine's when null.</param>
    /// <param name="viewport">The screen's size; 1920×1080 when null.</param>
    public async Task<IPage> OpenAsync(Uri baseAddress, string path, Func<IPage, Task>? beforeNavigation = null, string? timezoneId = null, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1920, Height = 1080 },
            TimezoneId = timezoneId,
        });
        var page = await context.NewPageAsync();
        if (beforeNavigation is not null)
        {
            await beforeNavigation(page);
        }

        await page.GotoAsync(new Uri(baseAddress, path).ToString());
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// The first tap can land before the circuit connects, and the prerendered page is replaced once it
    /// does: wait until the page has rendered interactively. A hall screen has no circuit: wait until its
    /// stream has delivered the board (docs/decisions/019).
    /// </summary>
    public static async Task WaitUntilInteractiveAsync(IPage page, float timeout = 30_000) =>
        await page.WaitForSelectorAsync("html[data-stream=up] #hall-board, html[data-circuit=up] [data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = timeout });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
