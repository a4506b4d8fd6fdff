using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Boards.Hall;
using ScreenBoard.App.Setup;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>A kiosk that loses the server keeps its data, says so in place (no modal) and comes back by itself.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ConnectionLossTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private volatile bool _offline;

    [Fact]
    public async Task WhenTheConnectionDrops_TheKioskKeepsItsData_MarksItself_AndRecovers()
    {
        var page = await host.OpenAsync("kiosk/hall?board=Units", CutTheLineOnDemandAsync);
        var rows = await page.Locator(".unit-table__row").CountAsync();
        var lost = page.Locator("[data-testid=connection-lost]");
        await Assertions.Expect(lost).ToBeHiddenAsync();

        await CutAsync();

        await Assertions.Expect(lost).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(lost.Locator("#sb-lost-time")).ToHaveTextAsync(Clock());
        Assert.Equal(rows, await page.Locator(".unit-table__row").CountAsync());
        Assert.Equal(0, await page.Locator("dialog[open], .components-reconnect-overlay").CountAsync());

        _offline = false;

        await Assertions.Expect(lost).ToBeHiddenAsync(new() { Timeout = 20_000 });
        Assert.Equal(rows, await page.Locator(".unit-table__row").CountAsync());
    }

    [Fact]
    public async Task TheLostMark_IsReadable_AndSaysTheOfficeTime_InABrowserSetToNewYork()
    {
        var earliest = OfficeMinute();
        var page = await host.OpenAsync("kiosk/hall?board=Units", CutTheLineOnDemandAsync, timezoneId: "America/New_York");
        var lost = page.Locator("[data-testid=connection-lost]");

        await CutAsync();

        await Assertions.Expect(lost).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var shown = TimeSpan.ParseExact(await lost.Locator("#sb-lost-time").TextContentAsync() ?? string.Empty, @"hh\:mm", CultureInfo.InvariantCulture);
        Assert.InRange(shown, earliest, OfficeMinute());
        foreach (var text in new[] { lost, lost.Locator("#sb-lost-time") })
        {
            var ratio = await Contrast.RatioAsync(text);
            Assert.True(ratio >= 4.5, $"contrast {ratio:0.00}:1");
        }
    }

    [Fact]
    public async Task WhileDisconnected_TheStripKeepsAgeing()
    {
        var page = await host.OpenAsync("kiosk/hall?board=Units", async p =>
        {
            await p.Clock.InstallAsync();
            await CutTheLineOnDemandAsync(p);
        });
        var line = page.Locator("[data-testid=last-update]");
        var updated = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(await page.Locator("[data-testid=freshness]").GetAttributeAsync("data-updated") ?? "0", CultureInfo.InvariantCulture));
        var updateTime = TimeZoneInfo.ConvertTime(updated, OfficeClock.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        await CutAsync();
        await Assertions.Expect(page.Locator("[data-testid=connection-lost]")).ToBeVisibleAsync(new() { Timeout = 10_000 });

        await page.Clock.FastForwardAsync("07:00");

        // The stream is cut, so only the page itself can have aged the text, by the server's rule and clock.
        var minutes = (int)(OfficeClock.Now.AddMinutes(7) - updated).TotalMinutes;
        var likely = string.Join('|', Enumerable.Range(minutes - 1, 3).Where(m => m >= 7));
        await Assertions.Expect(line).ToHaveTextAsync(new Regex($"^最后更新 {updateTime}（({likely}) 分钟前）$"));
    }

    private OfficeClock OfficeClock => host.Services.GetRequiredService<OfficeClock>();

    private TimeSpan OfficeMinute() => new(OfficeClock.Now.Hour, OfficeClock.Now.Minute, 0);

    /// <summary>The hall screen's stream is dropped (here by the server, as when it stops), and every attempt to reconnect fails until the line is back.</summary>
    private Task CutAsync()
    {
        _offline = true;
        host.Services.GetRequiredService<HallBroadcaster>().CloseAll();
        return Task.CompletedTask;
    }

    /// <summary>The hall screen's stream goes through a route the test can cut; while cut, new attempts fail.</summary>
    private async Task CutTheLineOnDemandAsync(IPage page) =>
        await page.RouteAsync(Stream(), route => _offline ? route.AbortAsync() : route.ContinueAsync());

    [GeneratedRegex("/kiosk/hall/stream")]
    private static partial Regex Stream();

    [GeneratedRegex(@"^\d\d:\d\d$")]
    private static partial Regex Clock();
}
