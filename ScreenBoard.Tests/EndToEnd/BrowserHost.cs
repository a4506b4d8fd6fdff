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
public sealed class BrowserHost : AppFactory, IAsyncLifetime
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

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => KioskSettings;

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _chromium = await Chromium.LaunchAsync();
    }

    /// <inheritdoc cref="Chromium.OpenAsync"/>
    public Task<IPage> OpenAsync(string path, Func<IPage, Task>? beforeNavigation = null, string? timezoneId = null) =>
        _chromium!.OpenAsync(BaseAddress, path, beforeNavigation, timezoneId);

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await DisposeAsync();
    }
}
