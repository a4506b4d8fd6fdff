using System.Text.Json;
using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The quarterly briefing in Chromium over the demo's 2026Q3, at 1920×1080 and 3840×2160: every slide's
/// text at least 24 px at 1080p (scaled with the screen), nothing outside the 16:9 stage or cut off, the
/// keys of a clicker and a swipe move the slides. One screenshot per slide kind at 1920×1080 (and the category slide at 3840×2160) goes to assets/screenshots/.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BriefingInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "assets", "screenshots");

    // Per slide: the smallest font of any element with text of its own, and every such element that leaves
    // the stage or whose text is cut (its content wider or taller than its box).
    private const string Inspect = """
        () => {
          const stage = document.querySelector('.briefing__stage').getBoundingClientRect();
          let min = 1000, where = '';
          const cut = [];
          for (const el of document.querySelectorAll('.briefing__stage *')) {
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
            const box = el.getBoundingClientRect();
            if (!own || box.width === 0 || box.height === 0) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < min) { min = size; where = el.className + ': ' + el.textContent.trim().slice(0, 30); }
            const outside = box.left < stage.left - 1 || box.top < stage.top - 1 || box.right > stage.right + 1 || box.bottom > stage.bottom + 1;
            const clipped = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
            if (outside || clipped) cut.push(el.className + ': ' + el.textContent.trim().slice(0, 40));
          }
          return { min, where, cut, stage: [stage.width, stage.height] };
        }
        """;

    [Theory]
    [InlineData(1920, 1080, 24)]
    [InlineData(3840, 2160, 48)]
    public async Task EverySlide_KeepsItsTextLargeEnough_AndNothingIsCut(int width, int height, double smallest)
    {
        var page = await OpenAsync(width, height);
        var count = int.Parse((await page.GetAttributeAsync(".briefing", "data-slides"))!, System.Globalization.CultureInfo.InvariantCulture);
        var problems = new List<string>();
        var shot = new HashSet<string>();
        Directory.CreateDirectory(ScreenshotFolder);

        for (var slide = 1; slide <= count; slide++)
        {
            await page.WaitForSelectorAsync($".briefing[data-slide='{slide}']");
            var found = await page.EvaluateAsync<JsonElement>(Inspect);
            Assert.Equal([width, height], found.GetProperty("stage").EnumerateArray().Select(v => (int)Math.Round(v.GetDouble())));
            if (found.GetProperty("min").GetDouble() < smallest)
            {
                problems.Add($"slide {slide}: {found.GetProperty("where")} is {found.GetProperty("min")} px");
            }

            problems.AddRange(found.GetProperty("cut").EnumerateArray().Select(c => $"slide {slide}: cut or outside: {c}"));
            var kind = (await page.GetAttributeAsync(".briefing", "data-kind"))!;
            if (shot.Add(kind) && (width == 1920 || kind == "CategorySlide"))
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"briefing-{kind}-{width}.png") });
            }

            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AClickersKeys_AndASwipe_MoveTheSlides_InTheBrowser()
    {
        var page = await OpenAsync(1920, 1080);
        async Task<string?> Number() => await page.TextContentAsync("[data-testid=slide-number]");

        await page.Keyboard.PressAsync("PageDown");
        await page.WaitForSelectorAsync(".briefing[data-slide='2']");
        await page.Keyboard.PressAsync("End");
        var count = await page.GetAttributeAsync(".briefing", "data-slides");
        await page.WaitForSelectorAsync($".briefing[data-slide='{count}']");
        Assert.Equal($"{count} / {count}", await Number());
        await page.Keyboard.PressAsync("Home");
        await page.WaitForSelectorAsync(".briefing[data-slide='1']");

        // A swipe to the left, as a finger (or the mouse) draws it: the next slide.
        await page.Mouse.MoveAsync(1400, 500);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(1000, 510, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(700, 520, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForSelectorAsync(".briefing[data-slide='2']");
        Assert.Equal($"2 / {count}", await Number());
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var page = await host.OpenAsync("briefing/2026Q3", signInAs: ("office", SignInClient.DemoPassword));
        await page.SetViewportSizeAsync(width, height);
        await page.WaitForSelectorAsync(".briefing[data-slide='1']");
        return page;
    }
}
