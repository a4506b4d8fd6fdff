using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The inboxes and the audit log in Chromium at 1920×1080 and 390×844: the 待我处理 badge in the bar, one page of
/// 20 at most, no horizontal scroll on a phone. Screenshots go to assets/screenshots/ for a person to look at.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InboxPagesInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string ScreenshotFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "assets", "screenshots"));

    [Theory]
    [InlineData("office", "reports", 1920, 1080)]
    [InlineData("office", "reports", 390, 844)]
    [InlineData("reviewer", "reports", 390, 844)]
    [InlineData("office", "audit", 1920, 1080)]
    [InlineData("office", "audit", 390, 844)]
    public async Task ThePage_ShowsTheBadgeAndOnePage_AndFitsTheScreen(string user, string path, int width, int height)
    {
        var page = await host.OpenAsync(path, signInAs: (user, SignInClient.DemoPassword));
        await page.SetViewportSizeAsync(width, height);
        await Chromium.WaitUntilInteractiveAsync(page);

        var badge = page.Locator("[data-testid=pending-work]");
        await Assertions.Expect(badge).ToBeVisibleAsync();
        if (path == "reports")
        {
            var total = int.Parse((await page.Locator("[data-testid=inbox-count]").GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await badge.GetAttributeAsync("data-count"));
            Assert.InRange(await page.Locator("[data-report]").CountAsync(), Math.Min(total, 1), 20);
        }
        else
        {
            await Assertions.Expect(page.Locator("[data-audit]").First).ToBeVisibleAsync();
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{path}-{user}-{width}x{height}.png") });
    }
}
