using Microsoft.Playwright;

namespace ScreenBoard.Bench.Kiosk;

/// <summary>
/// Debian's Chromium driven by Playwright (never Playwright's own browser download): every screen is a page in
/// its own browser context (its own cookies, so its own Blazor circuit), 1920×1080 like a hall screen.
/// </summary>
internal sealed class Screens : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Installed in every kiosk page before the changes: records, with the page's own clock, the first moment the
    /// DOM showed each <c>data-board-version</c>; <c>__next(v)</c> resolves with the first moment a version above v
    /// was shown (at once if it already was). Nothing polls: the bench awaits the promises.
    /// </summary>
    public const string VersionObserver = """
        () => {
          window.__seen = {};
          window.__waiters = [];
          const earliestAbove = prev => {
            let t = null;
            for (const [v, at] of Object.entries(window.__seen)) {
              if (Number(v) > prev && (t === null || at < t)) t = at;
            }
            return t;
          };
          const record = () => {
            const el = document.querySelector('.kiosk[data-board-version]');
            if (!el) return;
            const v = el.getAttribute('data-board-version');
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
          new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-board-version'] });
          window.__next = (prev, timeoutMs) => new Promise(resolve => {
            const t = earliestAbove(prev);
            if (t !== null) { resolve(t); return; }
            window.__waiters.push({ prev, resolve });
            setTimeout(() => resolve(-1), timeoutMs);
          });
        }
        """;

    /// <summary>
    /// In the /reports page: notes Date.now(), clicks the report's accept button (Blazor handles the click like a
    /// tap) and notes when the report left the inbox (the server confirmed the acceptance). Returns t0.
    /// </summary>
    public const string AcceptReport = """
        id => {
          const item = document.querySelector(`.inbox__item[data-report="${id}"]`);
          const button = item && item.querySelector('[data-action=accept]');
          if (!button) return -1;
          window.__ackAt = null;
          const observer = new MutationObserver(() => {
            if (!document.querySelector(`.inbox__item[data-report="${id}"]`)) { window.__ackAt = Date.now(); observer.disconnect(); }
          });
          observer.observe(document.body, { subtree: true, childList: true });
          const t0 = Date.now();
          button.click();
          return t0;
        }
        """;

    private static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private readonly bool _reducedMotion;

    private Screens(IPlaywright playwright, IBrowser browser, bool reducedMotion)
    {
        _playwright = playwright;
        _browser = browser;
        _reducedMotion = reducedMotion;
    }

    /// <param name="reducedMotion">What-if: pages emulate prefers-reduced-motion, which stops the kiosk's drift animation.</param>
    public static async Task<Screens> LaunchAsync(bool reducedMotion)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new Screens(playwright, browser, reducedMotion);
    }

    /// <summary>Opens a page in a fresh context and waits until <paramref name="interactive"/> says its circuit renders.</summary>
    public async Task<IPage> OpenAsync(Uri url, Func<IPage, Task> interactive)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            ReducedMotion = _reducedMotion ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
        });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString(), new PageGotoOptions { Timeout = 120_000 });
        await interactive(page);
        return page;
    }

    /// <summary>Opens <paramref name="count"/> pages, a few at a time (2 cores also run the browser).</summary>
    public async Task<List<IPage>> OpenManyAsync(int count, Uri url, Func<IPage, Task> interactive, int parallel = 4)
    {
        using var gate = new SemaphoreSlim(parallel);
        var opening = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                return await OpenAsync(url, interactive);
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(opening)];
    }

    public static async Task CloseAsync(IEnumerable<IPage> pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A ScreenBoard kiosk (or /reports) page: the circuit is up and the page has rendered interactively.</summary>
    public static async Task ScreenBoardInteractive(IPage page)
    {
        await page.WaitForSelectorAsync("html[data-circuit=up]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// The template's /counter: prerendered first, so a click only counts once the circuit is up. Clicks until the
    /// count moves (one or two clicks of state, nothing kept).
    /// </summary>
    public static async Task CounterInteractive(IPage page)
    {
        var status = page.Locator("p[role=status]");
        for (var attempt = 0; attempt < 240; attempt++)
        {
            await page.Locator("button.btn-primary").ClickAsync();
            try
            {
                await Assertions.Expect(status).Not.ToHaveTextAsync("Current count: 0", new LocatorAssertionsToHaveTextOptions { Timeout = 500 });
                return;
            }
            catch (PlaywrightException)
            {
                // not interactive yet
            }
        }

        throw new TimeoutException("/counter never became interactive");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
