using Microsoft.Playwright;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// Readable from 6 m at 1920×1080: every text on a kiosk board at least 28 px, headline numbers at
/// least 64 px, touch targets at least 48×48 px, and dragging does not move the layout. Each board's
/// screenshot is kept under TestResults/screenshots.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class KioskReadabilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "TestResults", "screenshots");

    // Smallest font size (px) of any element that holds text of its own, outside the charts' SVG (scaled with the chart).
    private const string SmallestText = """
        () => {
          let min = 1000, where = '';
          for (const el of document.querySelectorAll('.kiosk *')) {
            if (el.closest('svg')) continue;
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
            const box = el.getBoundingClientRect();
            if (!own || box.width === 0 || box.height === 0) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < min) { min = size; where = el.className + ': ' + el.textContent.trim().slice(0, 30); }
          }
          return [min, where];
        }
        """;

    [Theory]
    [InlineData(BoardKind.Overview)]
    [InlineData(BoardKind.Units)]
    [InlineData(BoardKind.Tasks)]
    [InlineData(BoardKind.Escalation)]
    [InlineData(BoardKind.Trend)]
    public async Task EveryBoard_HasNoTextSmallerThan28Px(BoardKind board)
    {
        var page = await host.OpenAsync($"kiosk/hall?board={board}");
        await page.WaitForSelectorAsync($"[data-board={board}]");

        var smallest = await page.EvaluateAsync<object[]>(SmallestText);
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"kiosk-{board}.png") });

        Assert.True(Convert.ToDouble(smallest[0]) >= 28, $"{board}: {smallest[1]} is {smallest[0]} px");
    }

    [Fact]
    public async Task HeadlineNumbers_AreAtLeast64Px()
    {
        var page = await host.OpenAsync("kiosk/hall?board=Overview");

        var sizes = await page.EvalOnSelectorAllAsync<double[]>(".kpi__value, .flag-tile__count", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))");

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 64, $"{size} px"));
    }

    [Theory]
    [InlineData(BoardKind.Overview)]
    [InlineData(BoardKind.Units)]
    [InlineData(BoardKind.Tasks)]
    public async Task TouchTargets_OnTheOfficeKiosk_AreAtLeast48By48(BoardKind board)
    {
        var page = await host.OpenAsync($"kiosk/office?board={board}");

        var boxes = await page.EvalOnSelectorAllAsync<double[][]>(".kiosk button, .kiosk a", "els => els.map(e => { const b = e.getBoundingClientRect(); return [b.width, b.height]; }).filter(b => b[0] > 0)");

        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(b[0] >= 48 && b[1] >= 48, $"{b[0]}×{b[1]}"));
    }

    [Fact]
    public async Task ADragOrAScroll_DoesNotMoveTheLayout()
    {
        var page = await host.OpenAsync("kiosk/office?board=Units");
        var before = await page.Locator(".kiosk__header").BoundingBoxAsync();

        await page.Mouse.MoveAsync(900, 700);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(300, 100, new MouseMoveOptions { Steps = 10 });
        await page.Mouse.UpAsync();
        await page.Mouse.WheelAsync(0, 2000);

        var after = await page.Locator(".kiosk__header").BoundingBoxAsync();
        Assert.Equal((before!.X, before.Y, before.Width), (after!.X, after.Y, after.Width));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY + document.scrollingElement.scrollTop"));
    }
}
