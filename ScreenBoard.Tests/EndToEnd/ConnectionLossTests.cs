using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>A kiosk that loses the server keeps its data, says so in place (no modal) and comes back by itself.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ConnectionLossTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private volatile bool _offline;
    private IWebSocketRoute? _socket;

    [Fact]
    public async Task WhenTheConnectionDrops_TheKioskKeepsItsData_MarksItself_AndRecovers()
    {
        var page = await host.OpenAsync("kiosk/hall?board=Units", CutTheLineOnDemandAsync);
        var rows = await page.Locator(".unit-table__row").CountAsync();
        var lost = page.Locator("[data-testid=connection-lost]");
        await Assertions.Expect(lost).ToBeHiddenAsync();

        _offline = true;
        await _socket!.CloseAsync(new WebSocketRouteCloseOptions { Code = 1011, Reason = "network down" });

        await Assertions.Expect(lost).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(lost.Locator("#sb-lost-time")).ToHaveTextAsync(Clock());
        Assert.Equal(rows, await page.Locator(".unit-table__row").CountAsync());
        Assert.Equal(0, await page.Locator("dialog[open], .components-reconnect-overlay").CountAsync());

        _offline = false;

        await Assertions.Expect(lost).ToBeHiddenAsync(new() { Timeout = 20_000 });
        Assert.Equal(rows, await page.Locator(".unit-table__row").CountAsync());
    }

    /// <summary>Blazor's connection goes through a route the test can cut; while cut, new attempts fail too.</summary>
    private async Task CutTheLineOnDemandAsync(IPage page)
    {
        await page.RouteWebSocketAsync(Blazor(), async socket =>
        {
            if (_offline)
            {
                await socket.CloseAsync(new WebSocketRouteCloseOptions { Code = 1011, Reason = "network down" });
                return;
            }

            _socket = socket;
            socket.ConnectToServer();
        });
        await page.RouteAsync(Blazor(), route => _offline ? route.AbortAsync() : route.ContinueAsync());
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex Blazor();

    [GeneratedRegex(@"^\d\d:\d\d$")]
    private static partial Regex Clock();
}
