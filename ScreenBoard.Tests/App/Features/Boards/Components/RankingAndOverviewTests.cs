using Bunit;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Boards.Components;

public sealed class RankingAndOverviewTests : BoardTestContext
{
    private static readonly IReadOnlyList<UnitRow> Units =
    [
        Rows.Unit(1, "市发改委", 98.5m, 1),
        Rows.Unit(2, "华西镇", 91.2m, 2, deductions: 4m),
        Rows.Unit(3, "城东街道", 91.2m, 2),
        Rows.Unit(4, "市财政局", 80m, 4),
        Rows.Unit(5, "市数据局", null, null),
    ];

    [Fact]
    public void UnitRanking_ShowsUnitsInRankOrder_WithSharedRanksAndADashForNoScore()
    {
        var cut = Render<UnitRankingBoard>(p => p.Add(c => c.Board, Rows.Board([], Units)));

        var rows = cut.FindAll(".unit-table__row");
        Assert.Equal(["市发改委", "华西镇", "城东街道", "市财政局", "市数据局"], rows.Select(r => r.QuerySelector(".unit-table__name")!.TextContent));
        Assert.Equal(["1", "2", "2", "4", "—"], rows.Select(r => r.QuerySelector("[data-testid=rank]")!.TextContent));
        Assert.Equal(["98.50", "91.20", "91.20", "80.00", "—"], rows.Select(r => r.QuerySelector("[data-testid=score]")!.TextContent));
        Assert.Equal("−4", rows[1].QuerySelector(".deduction")!.TextContent);
    }

    [Fact]
    public void UnitRanking_PagesThroughUnits()
    {
        var cut = Render<UnitRankingBoard>(p => p.Add(c => c.Board, Rows.Board([], Units)).Add(c => c.PageSize, 2).Add(c => c.Page, 1));

        Assert.Equal(["城东街道", "市财政局"], cut.FindAll(".unit-table__name").Select(n => n.TextContent));
        Assert.Equal(3, PageBreaks.Every(2, Units.Count).Count);
    }

    [Fact]
    public void UnitRanking_TapOnAUnit_RaisesItForTheDrillDown()
    {
        UnitRow? tapped = null;
        var cut = Render<UnitRankingBoard>(p => p.Add(c => c.Board, Rows.Board([], Units)).Add(c => c.OnUnitSelected, u => tapped = u));

        cut.Find("[data-unit=U3]").Click();

        Assert.Equal("城东街道", tapped?.Name);
    }

    [Fact]
    public void Overview_CountsEveryStatusWithItsFlag_AndShowsTopAndBottomFive()
    {
        var tasks = new[]
        {
            Rows.Task("A", ProgressStatus.Lagging), Rows.Task("B", ProgressStatus.Lagging), Rows.Task("C", ProgressStatus.CompletedOnTime),
            Rows.Task("D", ProgressStatus.Overdue), Rows.Task("E", ProgressStatus.NotStarted),
        };

        var cut = Render<OverviewBoard>(p => p.Add(c => c.Board, Rows.Board(tasks, Units)));

        var lagging = cut.Find(".flag-tile[data-status=Lagging]");
        Assert.Equal("2", lagging.QuerySelector(".flag-tile__count")!.TextContent);
        Assert.Equal("滞后", lagging.QuerySelector(".flag-chip__label")!.TextContent);
        Assert.Equal(7, cut.FindAll(".flag-tile").Count);
        Assert.Equal("5", cut.Find("[data-testid=total-tasks]").TextContent);
        Assert.Equal("20%", cut.Find("[data-testid=completed-share]").TextContent);
        Assert.Equal(["U1", "U2", "U3", "U4"], cut.FindAll("[data-testid=top-units] [data-unit]").Select(e => e.GetAttribute("data-unit")));
        Assert.Equal(["U4", "U3", "U2", "U1"], cut.FindAll("[data-testid=bottom-units] [data-unit]").Select(e => e.GetAttribute("data-unit")));
    }

    [Fact]
    public void TaskBoard_PutsTasksUnderTheirCategory_MostUrgentFirst_AndFiltersByStatus()
    {
        var tasks = new[]
        {
            Rows.Task("K1", ProgressStatus.OnSchedule, category: ScreenBoard.Domain.Tasks.TaskCategory.Key),
            Rows.Task("K2", ProgressStatus.Overdue, category: ScreenBoard.Domain.Tasks.TaskCategory.Key),
            Rows.Task("M1", ProgressStatus.Lagging),
        };

        var cut = Render<TaskBoard>(p => p.Add(c => c.Board, Rows.Board(tasks, Units)));
        var filtered = Render<TaskBoard>(p => p.Add(c => c.Board, Rows.Board(tasks, Units)).Add(c => c.Status, ProgressStatus.OnSchedule));

        Assert.Equal(["K2", "K1"], cut.FindAll("[data-category=Key] [data-task]").Select(e => e.GetAttribute("data-task")));
        Assert.Equal(["M1"], cut.FindAll("[data-category=Major] [data-task]").Select(e => e.GetAttribute("data-task")));
        Assert.Equal(["K1"], filtered.FindAll("[data-task]").Select(e => e.GetAttribute("data-task")));
    }
}
