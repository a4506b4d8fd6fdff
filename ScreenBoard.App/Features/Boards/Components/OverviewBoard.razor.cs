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

    private IReadOnlyList<UnitRow> Top => Board.Top(5);

    private IReadOnlyList<UnitRow> Bottom => Board.Bottom(5);

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
