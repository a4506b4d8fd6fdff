using Microsoft.Playwright;
using ScreenBoard.Tests.App.Features.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// 干 from where the work is: the demo reporter (青石镇) on a 390×844 touch phone opens 我的任务, reports with a
/// photo, and sees the report as 已报送 with its thumbnail — no horizontal scrolling, touch targets ≥ 44 px.
/// Screenshots go to assets/screenshots (phone and 1920×1080 desk).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReportOnPhoneTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "assets", "screenshots");

    private const string NoHorizontalScroll = "() => document.documentElement.scrollWidth";

    // Visible buttons, links and inputs the person taps, with their size (the drawer's hidden links excluded).
    private const string SmallTargets = """
        () => [...document.querySelectorAll('.my-tasks a.mud-button-root, .my-tasks button, .report-form button, .report-form a.mud-button-root, .evidence-picker__add')]
          .map(e => { const b = e.getBoundingClientRect(); return [b.width, b.height, (e.textContent || '').trim().slice(0, 20)]; })
          .filter(b => b[0] > 0 && (b[0] < 44 || b[1] < 44))
          .map(b => b.join(' '))
        """;

    [Fact]
    public async Task AReporterOnAPhone_ReportsWithAPhoto_AndSeesItSubmittedWithItsThumbnail()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, "reporter", SignInClient.DemoPassword);
        await page.GotoAsync(new Uri(host.BaseAddress, "my-tasks").ToString());
        await Chromium.WaitUntilInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-task=DS-029]");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "phone-my-tasks.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<int>(NoHorizontalScroll) <= 390, "我的任务 scrolls sideways");
        Assert.Empty(await page.EvaluateAsync<string[]>(SmallTargets));

        await page.TapAsync("[data-task=DS-029] [data-action=report]");
        await page.WaitForSelectorAsync("[data-action=submit-report]");
        await Chromium.WaitUntilInteractiveAsync(page);
        await page.FillAsync("input[data-field=percent], [data-field=percent] input", "66");
        await page.FillAsync("textarea[data-field=narrative], [data-field=narrative] textarea", "手机报送：完成青石镇段路基施工。");
        await page.Locator("[data-testid=evidence-input]").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = ReportingRig.Png });
        await page.WaitForSelectorAsync("[data-file='现场.png']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "phone-report-form.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<int>(NoHorizontalScroll) <= 390, "the report form scrolls sideways");
        Assert.Empty(await page.EvaluateAsync<string[]>(SmallTargets));
        await page.TapAsync("[data-action=submit-report]");

        await page.WaitForURLAsync(url => url.EndsWith("/my-tasks", StringComparison.Ordinal));
        var card = page.Locator("[data-task=DS-029]");
        await card.Locator("[data-state=Submitted]").WaitForAsync();
        var thumbnail = card.Locator("img.evidence__thumb");
        await thumbnail.WaitForAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-task=DS-029] img.evidence__thumb'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.Equal("已报送", (await card.Locator("[data-state=Submitted]").InnerTextAsync()).Trim());
        Assert.Contains("66%", await card.Locator("[data-testid=last-report]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>(NoHorizontalScroll) <= 390, "我的任务 scrolls sideways after reporting");
        await card.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "phone-my-tasks-reported.png") });

        var desk = await host.OpenAsync("my-tasks", signInAs: ("reporter", SignInClient.DemoPassword));
        await desk.WaitForSelectorAsync("[data-task=DS-029] img.evidence__thumb");
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "desk-my-tasks.png") });
        await desk.Context.CloseAsync();
    }
}
