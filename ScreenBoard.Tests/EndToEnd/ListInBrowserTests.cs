using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>The office keeps the list in Chromium: a new task typed on /list/tasks/new is on the task board at once.</summary>
[Collection(AppCollection.Name)]
public sealed class ListInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The README's screenshots of the list pages, at 1920×1080.</summary>
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "assets", "screenshots");

    [Fact]
    public async Task TheOffice_CreatesATask_AndItAppearsOnTheTaskBoard()
    {
        var page = await host.OpenAsync("list/tasks/new", signInAs: ("office", SignInClient.DemoPassword));

        await page.FillAsync("[data-field='Task.Code'] input", "DS-901");
        await page.Locator("[data-field='Task.Code'] input").BlurAsync();
        await page.FillAsync("[data-field='Task.Title'] input", "推进城东片区雨污分流改造");
        await page.Locator("[data-field='Task.Title'] input").BlurAsync();
        await ChooseAsync(page, "Task.LeadUnit", "市住房和城乡建设局");
        await page.FillAsync("[data-field='Task.Deadline'] input", "2026-12-20");
        await page.Locator("[data-field='Task.Deadline'] input").BlurAsync();
        await page.FillAsync("[data-field='Task.Start'] input", "2026-12-25");
        await page.Locator("[data-field='Task.Start'] input").BlurAsync();
        await Assertions.Expect(page.Locator("[data-field='Task.Deadline']")).ToContainTextAsync("早于开始日期");
        await ShotAsync(page, "list-task-new");
        await page.FillAsync("[data-field='Task.Start'] input", "2026-11-25");
        await page.Locator("[data-field='Task.Start'] input").BlurAsync();
        await Assertions.Expect(page.Locator("[data-field='Task.Deadline']")).Not.ToContainTextAsync("早于开始日期");
        await page.ClickAsync("[data-action=save]");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/list/tasks/DS-901$"));
        await page.GotoAsync(new Uri(host.BaseAddress, "tasks").ToString());
        await Assertions.Expect(page.Locator("[data-task='DS-901']")).ToContainTextAsync("推进城东片区雨污分流改造");
    }

    [Fact]
    public async Task TheListPages_LookRightAt1920x1080()
    {
        var page = await host.OpenAsync("list", signInAs: ("office", SignInClient.DemoPassword));
        await Assertions.Expect(page.Locator("tr[data-task='DS-001']")).ToBeVisibleAsync();
        await ShotAsync(page, "list");

        foreach (var (path, name) in new[] { ("list/tasks/DS-001", "list-task-edit"), ("list/quick-add", "list-quick-add"), ("list/units", "list-units") })
        {
            await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            await Chromium.WaitUntilInteractiveAsync(page);
            await ShotAsync(page, name);
        }
    }

    private static async Task ChooseAsync(IPage page, string field, string text)
    {
        await page.ClickAsync($"[data-field='{field}'] .mud-select");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png") });
    }
}
