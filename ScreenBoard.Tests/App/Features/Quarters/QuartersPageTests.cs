using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Quarters.QuarterScenario;

namespace ScreenBoard.Tests.App.Features.Quarters;

/// <summary>The office's /quarters page: recomputing a published quarter asks first, naming what moves.</summary>
public sealed class QuartersPageTests : BoardTestContext
{
    private readonly TestDatabase _database = new();
    private readonly TestServices _services;

    public QuartersPageTests()
    {
        QuarterScenario.Build(_database);
        _services = new TestServices(_database, Clock);
        Services.AddSingleton(_services.Store);
        Services.AddSingleton(_services.Quarters);
        Services.AddSingleton(new QuarterQueries(_services.Store));
        Services.AddSingleton<IBoardNotifier>(_services.Notifier);

        // The office is signed in: the page runs its commands as the office account.
        var auth = AddAuthorization();
        auth.SetAuthorized("督查室");
        auth.SetClaims(new System.Security.Claims.Claim(ScreenBoard.App.Features.Accounts.ScreenBoardClaims.Role, "Office"));

        // Last: reading the renderer builds the service provider. The page says whether it is interactive.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }

    private async Task<IRenderedComponent<QuartersPage>> PublishedQ2PageAsync(bool lateReport = true)
    {
        await _services.Quarters.ComputeAsync(Q2, TestActors.System("job"));
        await _services.Quarters.PublishAsync(Q2, TestActors.Office);
        if (lateReport)
        {
            AcceptLateReportOfA(_database);
        }

        var cut = Render<QuartersPage>();
        cut.WaitForElement("[data-quarter='2026Q2'] [data-action='recompute']");
        return cut;
    }

    private static void ClickRecompute(IRenderedComponent<QuartersPage> cut)
    {
        cut.Find("[data-quarter='2026Q2'] [data-action='recompute']").Click();
        cut.WaitForElement("[data-testid='republish']");
    }

    [Fact]
    public async Task RecomputingAPublishedQuarter_ListsTheUnitsThatMove_OldToNew_AndWritesNothingYet()
    {
        var cut = await PublishedQ2PageAsync();

        ClickRecompute(cut);

        var rows = cut.FindAll("[data-testid='republish-changes'] tbody tr");
        Assert.Equal(["A", "B"], rows.Select(r => r.GetAttribute("data-unit")));
        Assert.Equal("0.00 → 80.00", rows[0].QuerySelector(".republish__score")!.TextContent.Trim());
        Assert.Equal("3 → 2", rows[0].QuerySelector(".republish__rank")!.TextContent.Trim());
        Assert.Equal("2 → 3", rows[1].QuerySelector(".republish__rank")!.TextContent.Trim());
        Assert.Contains("第 1 版 → 第 2 版", cut.Find("[data-testid='republish']").TextContent, StringComparison.Ordinal);
        Assert.Single(await _services.Store.VersionsAsync(Q2));
    }

    [Fact]
    public async Task WhenNothingMoves_ThePanelSaysSo()
    {
        var cut = await PublishedQ2PageAsync(lateReport: false);

        ClickRecompute(cut);

        Assert.Contains("均无变化", cut.Find("[data-testid='republish-nochange']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='republish-changes']"));
    }

    [Fact]
    public async Task ConfirmingWithoutAReason_AsksForOne_AndWritesNothing()
    {
        var cut = await PublishedQ2PageAsync();
        ClickRecompute(cut);

        cut.Find("[data-action='confirm-republish']").Click();

        cut.WaitForAssertion(() => Assert.Contains("请填写重新发布的原因", cut.Markup, StringComparison.Ordinal));
        Assert.Single(await _services.Store.VersionsAsync(Q2));
    }

    [Fact]
    public async Task ConfirmingWithAReason_PublishesVersionTwo()
    {
        var cut = await PublishedQ2PageAsync();
        ClickRecompute(cut);

        cut.Find(".republish__reason textarea").Input("A 单位补录 6 月进度");
        cut.Find("[data-action='confirm-republish']").Click();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-quarter='2026Q2']").GetAttribute("data-version")));
        var v2 = (await _services.Store.VersionsAsync(Q2))[^1];
        Assert.Equal((2, "A 单位补录 6 月进度"), (v2.PublishedVersion, v2.Reason));
        Assert.Contains("已发布 · 第 2 版", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='republish']"));
    }

    [Fact]
    public async Task Cancelling_ClosesThePanel_AndWritesNothing()
    {
        var cut = await PublishedQ2PageAsync();
        ClickRecompute(cut);

        cut.Find("[data-action='cancel-republish']").Click();

        Assert.Empty(cut.FindAll("[data-testid='republish']"));
        Assert.Single(await _services.Store.VersionsAsync(Q2));
    }
}
