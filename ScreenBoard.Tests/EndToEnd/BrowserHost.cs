using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The app on Kestrel at 127.0.0.1 (a free port) with its demo list, and Debian's Chromium driven by
/// Playwright (<see cref="Chromium"/>).
/// </summary>
public class BrowserHost : AppFactory, IAsyncLifetime
{
    /// <summary>The kiosk profile the browser tests use: a whole ranking on one page, no rotation.</summary>
    public static readonly KeyValuePair<string, string?>[] KioskSettings =
    [
        new("Kiosk:AllowAnonymous", "true"),
        new("Kiosk:Profiles:e2e:UnitsPerPage", "40"),
        new("Kiosk:Profiles:e2e:RotationSeconds", "3600"),
    ];

    private Chromium? _chromium;

    public IBrowser Browser => _chromium!.Browser;

    public Uri BaseAddress { get; private set; } = null!;

    protected override TimeProvider AppClock { get; } = new RunningClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. KioskSettings, .. MoreSettings];

    /// <summary>What a host for one test class adds to the settings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings => [];

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own cookies and circuit) with a page at a path, once its circuit is up.</summary>
    /// <param name="path">Relative to the app.</param>
    /// <param name="beforeNavigation">Set up the page (routes, scripts) before it loads.</param>
    /// <param name="timezoneId">The browser's own time zone, when a test needs another.</param>
    /// <param name="signInAs">Sign in first as this account (user name, password) through the sign-in page.</param>
    /// <param name="viewport">The screen's size; 1920×1080 when null.</param>
    public Task<IPage> OpenAsync(string path, Func<IPage, Task>? beforeNavigation = null, string? timezoneId = null, (string UserName, string Password)? signInAs = null, ViewportSize? viewport = null) =>
        _chromium!.OpenAsync(BaseAddress, path, async page =>
        {
            if (signInAs is { } account)
            {
                await SignInAsync(page, account.UserName, account.Password);
            }

            if (beforeNavigation is not null)
            {
                await beforeNavigation(page);
            }
        }, timezoneId, viewport);

    /// <summary>Signs in through /account/login as a person would.</summary>
    public Task SignInAsync(IPage page, string userName, string password) => BrowserSignIn.AsAsync(page, BaseAddress, userName, password);

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await DisposeAsync();
    }
}
