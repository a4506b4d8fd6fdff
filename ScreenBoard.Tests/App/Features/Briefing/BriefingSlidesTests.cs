using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using ScreenBoard.App;
using ScreenBoard.App.Features.Briefing;
using ScreenBoard.App.Features.Briefing.Components;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Briefing;

/// <summary>The presentation's slides in bUnit: paging of a long category, keys and swipes moving the slide number.</summary>
public sealed class BriefingSlidesTests : BoardTestContext
{
    private readonly BunitJSModuleInterop _module;

    public BriefingSlidesTests()
    {
        AddAuthorization();
        _module = JSInterop.SetupModule("./js/briefing.js");
        _module.Mode = JSRuntimeMode.Loose;

        // Last: reading the renderer builds the service provider. The slides attach briefing.js only when interactive.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void ACategoryOf25Tasks_MakesThreeSlides_OfAtMostTenRows_ContinuedInTheTitle()
    {
        var deck = Deck(tasks: 25);

        var pages = deck.Slides.OfType<CategorySlide>().ToList();

        Assert.Equal(["大事推进情况", "大事推进情况（续 2/3）", "大事推进情况（续 3/3）"], pages.Select(p => p.Title));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Tasks.Count));
        Assert.Equal(25, pages.SelectMany(p => p.Tasks).Select(t => t.Code).Distinct().Count());
        Assert.Equal([15, 10], deck.Slides.OfType<ProgressChartSlide>().Select(p => p.Tasks.Count));

        var cut = Render<BriefingSlides>(p => p.Add(c => c.Deck, deck));
        var rendered = new List<int>();
        foreach (var page in pages)
        {
            cut.Find(".briefing").KeyDown(new KeyboardEventArgs { Key = "End" });
            cut.Find(".briefing").KeyDown(new KeyboardEventArgs { Key = "Home" });
            for (var i = 0; i < deck.Slides.ToList().IndexOf(page); i++)
            {
                cut.Find(".briefing").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
            }

            Assert.Equal(page.Title, cut.Find("[data-testid=slide-title]").TextContent);
            rendered.Add(cut.FindAll(".briefing__row").Count);
        }

        Assert.Equal([10, 10, 5], rendered);
    }

    [Fact]
    public void Keys_MoveTheSlideNumber_AndStopAtTheEnds()
    {
        var deck = Deck(tasks: 25);
        var count = deck.Slides.Count;
        var cut = Render<BriefingSlides>(p => p.Add(c => c.Deck, deck));
        string Number() => cut.Find("[data-testid=slide-number]").TextContent;
        void Press(string key) => cut.Find(".briefing").KeyDown(new KeyboardEventArgs { Key = key });

        Assert.Equal($"1 / {count}", Number());
        Press("ArrowRight");
        Assert.Equal($"2 / {count}", Number());
        Press("PageDown");
        Press(" ");
        Press("ArrowDown");
        Assert.Equal($"5 / {count}", Number());
        Press("PageUp");
        Press("ArrowLeft");
        Press("ArrowUp");
        Assert.Equal($"2 / {count}", Number());
        Press("End");
        Assert.Equal($"{count} / {count}", Number());
        Press("ArrowRight");
        Assert.Equal($"{count} / {count}", Number());
        Press("Home");
        Assert.Equal($"1 / {count}", Number());
        Press("ArrowLeft");
        Press("a");
        Assert.Equal($"1 / {count}", Number());
        Assert.Equal("2026年第三季度 · 青川市2026年度重点工作督查清单", cut.Find(".briefing__where").TextContent);
    }

    [Fact]
    public async Task ASwipe_ReportedByBriefingJs_MovesTheSlide()
    {
        var deck = Deck(tasks: 3);
        var cut = Render<BriefingSlides>(p => p.Add(c => c.Deck, deck));

        var attach = _module.VerifyInvoke("attach");
        var slides = Assert.IsType<DotNetObjectReference<BriefingSlides>>(attach.Arguments[1]).Value;
        await cut.InvokeAsync(() => slides.Swipe(1));
        await cut.InvokeAsync(() => slides.Swipe(1));
        Assert.Equal("3", cut.Find(".briefing").GetAttribute("data-slide"));
        await cut.InvokeAsync(() => slides.Swipe(-1));

        Assert.Equal("2", cut.Find(".briefing").GetAttribute("data-slide"));
        Assert.Equal("OverviewSlide", cut.Find(".briefing").GetAttribute("data-kind"));
    }

    [Fact]
    public void ADraft_Says草稿_OnEverySlide()
    {
        var deck = Deck(tasks: 12, published: false);
        var cut = Render<BriefingSlides>(p => p.Add(c => c.Deck, deck));

        for (var i = 0; i < deck.Slides.Count; i++)
        {
            Assert.Equal("草稿", cut.Find("[data-testid=draft]").TextContent);
            cut.Find(".briefing").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        }
    }

    /// <summary>A 2026Q3 snapshot with <paramref name="tasks"/> 大事 tasks (all lagging) of one unit.</summary>
    private BriefingDeck Deck(int tasks, bool published = true)
    {
        var quarter = new QuarterId(2026, 3);
        var snapshot = new QuarterSnapshot(quarter, 1);
        snapshot.ReplaceRows(
            Enumerable.Range(1, tasks).Select(i => new TaskSnapshotRow(i, $"DS-{i:000}", 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 0.75m, 0.5m, ProgressStatus.Lagging, "滞后", 66.67m)),
            [new UnitSnapshotRow(1, "U1", 66.67m, 0m, 66.67m, 1)],
            """{"AheadMargin":0.10,"LagTolerance":0.05}""",
            Clock.GetUtcNow());
        if (published)
        {
            snapshot.Publish("督查室", Clock.GetUtcNow());
        }

        var facts = new BriefingFacts(
            snapshot,
            "青川市2026年度重点工作督查清单",
            Enumerable.Range(1, tasks).ToDictionary(i => i, i => new BriefingTaskFacts($"任务{i}", TaskCategory.Major, "副市长")),
            new Dictionary<int, string> { [1] = "市发展和改革委员会" },
            new Dictionary<int, DateOnly>(),
            null,
            []);
        return BriefingDeckBuilder.Build(facts, new FlagLegend(), Services.GetRequiredService<IStringLocalizer<SharedResource>>());
    }
}
