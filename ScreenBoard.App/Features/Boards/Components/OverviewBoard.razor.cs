using Microsoft.AspNetCore.Components;
using MudBlazor;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>总览: counts per flag, the completion donut, overall actual vs expected, top and bottom five units.</summary>
public partial class OverviewBoard
{
    /// <summary>The scored list (from BoardQueries).</summary>
    [Parameter, EditorRequired] public required Board Board { get; set; }

    /// <summary>Tapping a unit opens its drill-down.</summary>
    [Parameter] public EventCallback<UnitRow> OnUnitSelected { get; set; }

    [Inject] private FlagLegend Legend { get; set; } = null!;

    private IReadOnlyList<UnitRow> Ranked => Board.Units.Where(u => u.Rank is not null).ToList();

    private IReadOnlyList<UnitRow> Top => Ranked.Take(5).ToList();

    private IReadOnlyList<UnitRow> Bottom => Ranked.Reverse().Take(5).ToList();

    private ProgressStatus OverallStatus => Board.Expected - Board.Actual > 0.05m ? ProgressStatus.Lagging : ProgressStatus.OnSchedule;

    private List<ChartSeries<double>> DonutSeries =>
        [new ChartSeries<double> { Name = L["Overview.Completion"], Data = Board.StatusCounts.Select(c => (double)c.Value).ToArray() }];

    private string[] DonutLabels => Board.StatusCounts.Keys.Select(s => Legend[s].Label()).ToArray();

    private DonutChartOptions DonutOptions => new()
    {
        ChartPalette = Board.StatusCounts.Keys.Select(s => Legend[s].Color).ToArray(),
        ShowLegend = false,
        ShowToolTips = false,
    };
}
