using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class LiveRefreshTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int WithinMilliseconds = 2000;

    [Fact]
    public async Task AReportAcceptedInAThirdBrowser_ShowsOnTwoKiosksWithinTwoSeconds_WithoutReloading()
    {
        var kiosks = new[] { await host.OpenAsync("kiosk/e2e?board=Units"), await host.OpenAsync("kiosk/e2e?board=Units") };
        var office = await host.OpenAsync("reports", signInAs: ("office", SignInClient.DemoPassword));
        var item = office.Locator(".inbox__item:has([data-action=accept])").First;
        var taskCode = await item.GetAttributeAsync("data-task");
        var board = await Board();
        var unit = board.Units.Single(u => u.UnitId == board.Tasks.Single(t => t.Code == taskCode).LeadUnitId);
        var before = await RowOf(kiosks[0], unit.Code);
        foreach (var kiosk in kiosks)
        {
            await kiosk.EvaluateAsync("() => window.__sameDocument = true");
        }

        await item.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(office.Locator($".inbox__item[data-task='{taskCode}']")).ToHaveCountAsync(0, new() { Timeout = WithinMilliseconds });
        var after = (await Board()).Units.Single(u => u.Code == unit.Code);

        Assert.NotEqual(before.Actual, Display(after.Actual));
        foreach (var kiosk in kiosks)
        {
            var row = kiosk.Locator($".unit-table__row[data-unit='{unit.Code}']");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-score", ScreenBoard.App.Features.Boards.Components.Display.Score(after.Score), new() { Timeout = WithinMilliseconds });
            await Assertions.Expect(row).ToHaveAttributeAsync("data-rank", after.Rank?.ToString() ?? string.Empty, new() { Timeout = WithinMilliseconds });
            await Assertions.Expect(row.Locator(".progress")).ToHaveAttributeAsync("data-actual", Display(after.Actual), new() { Timeout = WithinMilliseconds });
            Assert.True(await kiosk.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the kiosk reloaded");
        }
    }

    private Task<Board> Board()
    {
        var services = host.Services;
        return services.GetRequiredService<BoardQueries>().ForAsync(services.GetRequiredService<OfficeClock>().Today);
    }

    private static string Display(decimal fraction) => ScreenBoard.App.Features.Boards.Components.Display.CssPercent(fraction);

    private static async Task<(string? Score, string? Actual)> RowOf(IPage page, string unitCode)
    {
        var row = page.Locator($".unit-table__row[data-unit='{unitCode}']");
        return (await row.GetAttributeAsync("data-score"), await row.Locator(".progress").GetAttributeAsync("data-actual"));
    }
}
