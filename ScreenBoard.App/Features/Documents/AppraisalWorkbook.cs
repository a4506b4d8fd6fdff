using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using ScreenBoard.App.Features.Import;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// 年度考核 workbooks (.xlsx, MiniExcel): a quarter's scores and a year's published quarters, each with the
/// ladder steps behind the deductions and the red cards marked for the appraisal. Headers are Chinese
/// (the resources); every text cell goes through <see cref="SpreadsheetText.Neutralise"/>.
/// </summary>
public sealed class AppraisalWorkbook(IStringLocalizer<SharedResource> localizer, FlagLegend legend)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly LadderStep[] Steps = Enum.GetValues<LadderStep>();

    private string H(string key) => localizer[$"Workbook.{key}"];

    /// <summary>A quarter: its units (the scores API's rows), its steps, and what it is.</summary>
    public byte[] Quarter(QuarterAppraisal quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var units = quarter.Units.Select(u =>
        {
            var row = Row();
            row[H("Rank")] = u.Scores.Rank;
            AddUnit(row, u);
            row[H("Base")] = u.Scores.Base;
            row[H("Deductions")] = u.Scores.Deductions;
            row[H("Score")] = u.Scores.Score;
            AddCounts(row, u);
            return row;
        }).ToList();
        return Save(new Dictionary<string, object>
        {
            [H("Sheet.Scores")] = units,
            [H("Sheet.Steps")] = StepRows(quarter),
            [H("Sheet.About")] = About(quarter.Quarter.Quarter, quarter),
        });
    }

    /// <summary>A year: per unit each published quarter's score and rank, then the newest quarter's base, deductions and counts.</summary>
    public byte[] Year(YearAppraisal year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var latest = year.Latest;
        var codes = year.Quarters.SelectMany(q => q.Units).Select(u => u.Scores.UnitCode).Distinct(StringComparer.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var code in latest is null ? [] : latest.Units.Select(u => u.Scores.UnitCode).Concat(codes).Distinct(StringComparer.Ordinal))
        {
            var row = Row();
            var any = year.Quarters.SelectMany(q => q.Units).First(u => u.Scores.UnitCode == code);
            AddUnit(row, any);
            foreach (var quarter in year.Quarters)
            {
                var unit = quarter.Units.FirstOrDefault(u => u.Scores.UnitCode == code);
                row[localizer["Workbook.QuarterScore", quarter.Quarter.Quarter].Value] = unit?.Scores.Score;
                row[localizer["Workbook.QuarterRank", quarter.Quarter.Quarter].Value] = unit?.Scores.Rank;
            }

            var last = latest!.Units.FirstOrDefault(u => u.Scores.UnitCode == code);
            row[H("Base")] = last?.Scores.Base;
            row[H("Deductions")] = last?.Scores.Deductions;
            if (last is not null)
            {
                AddCounts(row, last);
            }

            rows.Add(row);
        }

        return Save(new Dictionary<string, object>
        {
            [H("Sheet.Year")] = rows,
            [H("Sheet.Steps")] = latest is null ? [] : StepRows(latest),
            [H("Sheet.About")] = year.Quarters.SelectMany(q => About(q.Quarter.Quarter, q)).ToList(),
        });
    }

    private void AddUnit(Dictionary<string, object?> row, AppraisalUnit unit)
    {
        row[H("UnitCode")] = SpreadsheetText.Neutralise(unit.Scores.UnitCode);
        row[H("UnitName")] = SpreadsheetText.Neutralise(unit.Name);
        row[H("UnitKind")] = SpreadsheetText.Neutralise(localizer[$"UnitKind.{unit.Kind}"]);
    }

    /// <summary>Tasks per status, steps per kind, and the 年度考核 mark.</summary>
    private void AddCounts(Dictionary<string, object?> row, AppraisalUnit unit)
    {
        row[H("LedTasks")] = unit.LedTasks;
        foreach (var (status, count) in unit.StatusCounts)
        {
            row[SpreadsheetText.Neutralise(legend[status].LabelZh)!] = count;
        }

        foreach (var step in Steps)
        {
            row[localizer[$"Step.{step}"].Value] = unit.Count(step);
        }

        row[H("Appraisal")] = unit.ForAppraisal ? SpreadsheetText.Neutralise(localizer["Workbook.AppraisalMark"]) : null;
    }

    private List<Dictionary<string, object?>> StepRows(QuarterAppraisal quarter) =>
        quarter.Units.SelectMany(u => u.Steps.Select(s =>
        {
            var row = Row();
            row[H("UnitCode")] = SpreadsheetText.Neutralise(u.Scores.UnitCode);
            row[H("UnitName")] = SpreadsheetText.Neutralise(u.Name);
            row[H("Number")] = SpreadsheetText.Neutralise(s.Number);
            row[H("Kind")] = SpreadsheetText.Neutralise(localizer[$"Step.{s.Step}"]);
            row[H("TaskCode")] = SpreadsheetText.Neutralise(s.TaskCode);
            row[H("TaskTitle")] = SpreadsheetText.Neutralise(s.TaskTitle);
            row[H("Date")] = s.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            row[H("Points")] = s.Points;
            row[H("Problem")] = SpreadsheetText.Neutralise(s.Reason);
            row[H("Appraisal")] = s.ForAppraisal ? SpreadsheetText.Neutralise(localizer["Workbook.AppraisalMark"]) : null;
            return row;
        })).ToList();

    private List<Dictionary<string, object?>> About(string name, QuarterAppraisal quarter)
    {
        var q = quarter.Quarter;
        var row = Row();
        row[H("Quarter")] = SpreadsheetText.Neutralise(name);
        row[H("Version")] = q.Version;
        row[H("State")] = SpreadsheetText.Neutralise(localizer[q.Published ? "Workbook.Published" : "Workbook.Draft"]);
        row[H("EvaluationDate")] = q.EvaluationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        row[H("PublishedAt")] = SpreadsheetText.Neutralise(q.PublishedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        row[H("PublishedBy")] = SpreadsheetText.Neutralise(q.PublishedBy);
        row[H("Reason")] = SpreadsheetText.Neutralise(q.Reason);
        return [row];
    }

    /// <summary>Columns in the order they are set.</summary>
    private static Dictionary<string, object?> Row() => new(StringComparer.Ordinal);

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
