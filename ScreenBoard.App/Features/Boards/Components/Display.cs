using System.Globalization;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>How values read on a screen: percentages, scores, dates and the names of enums, from the resource files.</summary>
public static class Display
{
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction as a CSS percentage with a dot, whatever the culture (for widths and positions).</summary>
    public static string CssPercent(decimal fraction) => (Math.Clamp(fraction, 0m, 1m) * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("MM-dd", CultureInfo.InvariantCulture);

    public static string Name(this IStringLocalizer localizer, TaskCategory category) => localizer[$"Category.{category}"];

    public static string Name(this IStringLocalizer localizer, TaskSource source) => localizer[$"Source.{source}"];

    public static string Name(this IStringLocalizer localizer, LadderStep step) => localizer[$"Step.{step}"];

    public static string Name(this IStringLocalizer localizer, ReportState state) => localizer[$"ReportState.{state}"];

    public static string Name(this IStringLocalizer localizer, BoardKind board) => localizer[$"Board.{board}"];

    /// <summary>The flag's label in the UI language.</summary>
    public static string Label(this FlagStyle style) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? style.LabelZh : style.LabelEn;

    /// <summary>CSS modifier of a status (colours come from the legend; this drives emphasis only).</summary>
    public static string CssModifier(ProgressStatus status) => status switch
    {
        ProgressStatus.Overdue or ProgressStatus.Lagging => "behind",
        ProgressStatus.CompletedOnTime or ProgressStatus.CompletedLate => "done",
        ProgressStatus.Ahead => "ahead",
        ProgressStatus.NotStarted => "idle",
        _ => "on",
    };
}
