using System.Globalization;
using Microsoft.AspNetCore.Components;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>Actual progress as a bar, with the 序时 line (expected progress) marked on it.</summary>
public partial class TaskProgressBar
{
    /// <summary>A, 0..1, from the scoring query.</summary>
    [Parameter, EditorRequired] public decimal Actual { get; set; }

    /// <summary>X, 0..1, from the scoring query: where the marker stands.</summary>
    [Parameter, EditorRequired] public decimal Expected { get; set; }

    /// <summary>Drives the bar's colour (behind schedule is shown in the warning colour).</summary>
    [Parameter] public ProgressStatus Status { get; set; } = ProgressStatus.OnSchedule;

    /// <summary>Writes "实际 x% · 序时 y%" beside the bar, so nothing is hover-only.</summary>
    [Parameter] public bool ShowText { get; set; } = true;

    /// <summary>The MudBlazor palette colour of the bar (mud-progress-linear-color-…).</summary>
    private string BarColor => Status switch
    {
        ProgressStatus.Lagging or ProgressStatus.Overdue => "warning",
        ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate => "success",
        _ => "primary",
    };

    private string ValueNow => (Math.Clamp(Actual, 0m, 1m) * 100m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>How far the bar is pushed left: the part not done.</summary>
    private string Remaining => Display.CssPercent(1m - Math.Clamp(Actual, 0m, 1m));
}
