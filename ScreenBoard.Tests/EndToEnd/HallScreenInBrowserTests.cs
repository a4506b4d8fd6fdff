using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// A hall screen in Chromium (issue 12): the board with no Blazor circuit, a change shown without a
/// reload, "连接中断" while the server is stopped, and live data again once it is back.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class HallScreenInBrowserTests(RestartingHost host) : IClassFixture<RestartingHost>
{
    private static readonly Actor Office = new("督查室", ActorRole.Office, null, "127.0.0.1");
    private static readonly LocatorAssertionsToHaveAttributeOptions Patiently = new() { Timeout = 45_000 };

    [Fact]
    public async Task TheHallScreen_HasNoCircuit_UpdatesInPlace_MarksALostServer_AndComesBack()
    {
        var sockets = new List<string>();
        var page = await host.Chromium.OpenAsync(host.BaseAddress, "kiosk/hall?board=Units", p =>
        {
            p.WebSocket += (_, socket) => sockets.Add(socket.Url);
            return Task.CompletedTask;
        });
        var board = page.Locator("#hall-board");
        await Assertions.Expect(board.Locator(".unit-table__row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=board-title]")).ToHaveTextAsync(Units());
        await page.EvaluateAsync("() => window.__sameDocument = true");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("hall-static.png") });

        // A change rewrites only what differs (docs/decisions/032): the header is the same node with its new time, the
        // slides the change did not touch are the very nodes laid out before, and one slide is shown, as before.
        await page.EvaluateAsync(RememberNodes);
        await AcceptAndExpectAsync(page);
        var after = await page.EvaluateAsync<NodesAfter>(CompareNodes);
        Assert.True(after.SameHeader, "the header was replaced instead of rewritten in place");
        Assert.True(after.TimeMoved, "the header still shows the time of the frame before");
        Assert.Equal((after.Before, 1), (after.Count, after.Shown));
        Assert.InRange(after.Kept, 1, after.Count - 1);
        Assert.Empty(sockets);
        Assert.Equal(0, await page.Locator("script[src*='blazor.web.js']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the hall screen reloaded");

        var lost = page.Locator("[data-testid=connection-lost]");
        await Assertions.Expect(lost).ToBeHiddenAsync();
        var rows = await board.Locator(".unit-table__row").CountAsync();
        await host.StopAsync();
        await Assertions.Expect(lost).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(lost.Locator("#sb-lost-time")).ToHaveTextAsync(Clock());
        Assert.Equal(rows, await board.Locator(".unit-table__row").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("hall-lost.png") });

        host.Start();
        await Assertions.Expect(lost).ToBeHiddenAsync(new() { Timeout = 45_000 });
        await AcceptAndExpectAsync(page);
        Assert.Empty(sockets);
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>Accepts a waiting report through the command; the open page shows its unit's new standing in place.</summary>
    private async Task AcceptAndExpectAsync(IPage page)
    {
        var services = host.Services;
        var version = await page.Locator("#hall-board").GetAttributeAsync("data-version");
        var item = (await services.GetRequiredService<ReportInbox>().PageAsync(Office, new InboxQuery())).Items.First();
        var accepted = await services.GetRequiredService<ReportCommands>().AcceptAsync(item.ReportId, item.Version, Office);
        Assert.True(accepted.Succeeded, accepted.MessageKey);
        var board = await services.GetRequiredService<BoardQueries>().ForAsync(services.GetRequiredService<OfficeClock>().Today);
        var unit = board.Units.Single(u => u.UnitId == board.Tasks.Single(t => t.Code == item.TaskCode).LeadUnitId);

        var row = page.Locator($"#hall-board .unit-table__row[data-unit='{unit.Code}']");
        await Assertions.Expect(page.Locator("#hall-board")).Not.ToHaveAttributeAsync("data-version", version!, Patiently);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-score", Display.Score(unit.Score), Patiently);
        await Assertions.Expect(row.Locator(".progress")).ToHaveAttributeAsync("data-actual", Display.CssPercent(unit.Actual), Patiently);
    }

    private const string RememberNodes = """
        () => {
          window.__before = {
            header: document.querySelector('.kiosk__header'),
            slides: [...document.querySelectorAll('.hall-slide')],
            updated: document.querySelector('.kiosk__header .freshness').dataset.updated,
          };
        }
        """;

    private const string CompareNodes = """
        () => {
          const before = window.__before;
          const now = [...document.querySelectorAll('.hall-slide')];
          const header = document.querySelector('.kiosk__header');
          return {
            sameHeader: header === before.header,
            timeMoved: header.querySelector('.freshness').dataset.updated !== before.updated,
            before: before.slides.length,
            count: now.length,
            kept: now.filter(n => before.slides.includes(n)).length,
            shown: now.filter(n => !n.hidden).length,
          };
        }
        """;

    private sealed class NodesAfter
    {
        public bool SameHeader { get; set; }

        public bool TimeMoved { get; set; }

        public int Before { get; set; }

        public int Count { get; set; }

        public int Kept { get; set; }

        public int Shown { get; set; }
    }

    [GeneratedRegex("^单位")]
    private static partial Regex Units();

    [GeneratedRegex(@"^\d\d:\d\d$")]
    private static partial Regex Clock();
}
