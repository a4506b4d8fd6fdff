using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.App.Features.Reports;
using ScreenBoard.Tests.TestSupport;
using Display = ScreenBoard.App.Features.Boards.Components.Display;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>
/// The whole 干·督·查 loop in real browsers: the demo reporter (青石镇) on a 390×844 phone reports 100 % with a
/// photo; the reviewer of its competent department (市农业农村局) sees the photo and approves; the office accepts;
/// a kiosk that stayed open all along shows the unit's new progress, flag counts and score without reloading.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LoopInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int WithinMilliseconds = 5000;

    [Fact]
    public async Task AReportFromAPhone_ReviewedAndAccepted_ShowsOnAnOpenKiosk_WithoutReloading()
    {
        var board = await BoardAsync();
        var unit = board.Units.Single(u => u.Code == "QSZ");
        var task = board.ActiveTasks
            .Where(t => t.LeadUnitId == unit.UnitId && t.Actual < 1m && t.Status is ProgressStatus.Lagging or ProgressStatus.Overdue or ProgressStatus.OnSchedule)
            .OrderBy(t => t.Actual).First();

        var kiosk = await host.OpenAsync("kiosk/e2e?board=Units");
        var row = kiosk.Locator($".unit-table__row[data-unit='{unit.Code}']");
        await Assertions.Expect(row.Locator(".progress")).ToHaveAttributeAsync("data-actual", Display.CssPercent(unit.Actual));
        await kiosk.EvaluateAsync("() => window.__sameDocument = true");

        // 干: the reporter, on a phone, reports 100 % with a photo.
        await using var phone = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var reporter = await phone.NewPageAsync();
        await host.SignInAsync(reporter, "reporter", SignInClient.DemoPassword);
        await reporter.GotoAsync(new Uri(host.BaseAddress, $"my-tasks/{task.Code}/report").ToString());
        await reporter.WaitForSelectorAsync("[data-action=submit-report]");
        await Chromium.WaitUntilInteractiveAsync(reporter);
        await reporter.FillAsync("[data-field=percent] input, input[data-field=percent]", "100");
        await reporter.FillAsync("[data-field=narrative] textarea, textarea[data-field=narrative]", "已全部完成，现场照片见附件。");
        await reporter.Locator("[data-testid=evidence-input]").SetInputFilesAsync(new FilePayload { Name = "完工.png", MimeType = "image/png", Buffer = ReportingRig.Png });
        await reporter.WaitForSelectorAsync("[data-file='完工.png']");
        Assert.True(await reporter.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the report form scrolls sideways on a phone");
        await reporter.TapAsync("[data-action=submit-report]");
        await reporter.WaitForURLAsync(url => url.EndsWith("/my-tasks", StringComparison.Ordinal));
        var reportId = await NewestReportIdAsync(task.Code);

        // 督: the competent department sees the photo and approves.
        var reviewer = await host.OpenAsync($"reports?task={task.Code}", signInAs: ("reviewer", SignInClient.DemoPassword));
        var item = reviewer.Locator($".inbox__item[data-report='{reportId}']");
        await item.WaitForAsync();
        await reviewer.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\".inbox__item[data-report='{reportId}'] img.evidence__thumb\"); return i && i.complete && i.naturalWidth > 0; }}");
        await item.Locator("[data-action=review]").ClickAsync();
        await Assertions.Expect(item).ToHaveCountAsync(0, new() { Timeout = WithinMilliseconds });
        Assert.Equal(Display.CssPercent(unit.Actual), await row.Locator(".progress").GetAttributeAsync("data-actual"));

        // 查: the office accepts; only now does the report count.
        var office = await host.OpenAsync($"reports?task={task.Code}", signInAs: ("office", SignInClient.DemoPassword));
        var reviewed = office.Locator($".inbox__item[data-report='{reportId}']");
        await reviewed.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(office.Locator($".inbox__item[data-report='{reportId}'] [data-action=accept]")).ToHaveCountAsync(0, new() { Timeout = WithinMilliseconds });

        var after = await BoardAsync();
        var taskAfter = after.Tasks.Single(t => t.Code == task.Code);
        var unitAfter = after.Units.Single(u => u.Code == unit.Code);
        Assert.Equal(1m, taskAfter.Actual);
        Assert.NotEqual(task.Status, taskAfter.Status);
        await Assertions.Expect(row.Locator(".progress")).ToHaveAttributeAsync("data-actual", Display.CssPercent(unitAfter.Actual), new() { Timeout = WithinMilliseconds });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-score", Display.Score(unitAfter.Score), new() { Timeout = WithinMilliseconds });
        await Assertions.Expect(row.Locator($".flag-count:has([data-status='{taskAfter.Status}']) b"))
            .ToHaveTextAsync(unitAfter.FlagCounts[taskAfter.Status].ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = WithinMilliseconds });
        Assert.True(await kiosk.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the kiosk reloaded");
    }

    private Task<Board> BoardAsync() =>
        host.Services.GetRequiredService<BoardQueries>().ForAsync(host.Services.GetRequiredService<OfficeClock>().Today);

    private async Task<int> NewestReportIdAsync(string taskCode)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<ScreenBoardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Reports.Where(r => r.Task!.Code == taskCode).MaxAsync(r => r.Id);
    }
}
