using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Reads a workbook in the template's shape (<see cref="ListWorkbook"/>): every sheet and column present,
/// every cell a value of its column's kind. Every problem is collected; rows are numbered as Excel shows them.
/// </summary>
internal static class ListWorkbookReader
{
    /// <param name="content">The .xlsx file (already known to be a zip archive).</param>
    /// <param name="year">The list's year; the schedule's dates must fall in it.</param>
    /// <param name="localizer">The reader's language.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <returns>The list, or null when the file is no workbook.</returns>
    public static ImportedList? Read(byte[] content, int year, IStringLocalizer localizer, List<ImportProblem> problems)
    {
        List<string> sheets;
        try
        {
            sheets = new MemoryStream(content).GetSheetNames();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            problems.Add(ImportProblem.OfFile(ImportText.Describe(localizer, "Import.NotAWorkbook")));
            return null;
        }

        var units = ReadSheet(content, sheets, ListWorkbook.UnitsSheet, year, localizer, problems, row => new ImportedUnit(
            row.Place, row.Text("code", required: true), row.Text("name", required: true), row.Choice("kind", ListWorkbook.KindLabels), row.Text("competent")));
        var tasks = ReadSheet(content, sheets, ListWorkbook.TasksSheet, year, localizer, problems, row => new ImportedTask(
            row.Place, row.Text("code", required: true), row.Text("title", required: true), row.Text("goal"),
            row.Choice("category", ListWorkbook.CategoryLabels), row.Choice("source", ListWorkbook.SourceLabels),
            new TaskOrigin(row.Text("sourceReference"), row.Text("sourceLeader"), row.Date("sourceDate", inYear: false), row.Text("sourceText")),
            row.Text("lead", required: true), row.Codes("coUnits"), row.Text("supervisor"), row.Text("leader"),
            row.Date("start"), row.Date("deadline", required: true), row.Number("weight")));
        var milestones = ReadSheet(content, sheets, ListWorkbook.MilestonesSheet, year, localizer, problems, row => new ImportedMilestone(
            row.Place, row.Text("task", required: true), row.Text("title", required: true), row.Date("due", required: true), row.Number("share", required: true)));
        return new ImportedList(year, null, units, tasks, milestones);
    }

    private static List<T> ReadSheet<T>(
        byte[] content, List<string> sheets, string sheet, int year, IStringLocalizer localizer, List<ImportProblem> problems, Func<SheetRow, T> read)
    {
        if (!sheets.Contains(sheet))
        {
            problems.Add(new ImportProblem(sheet, 1, null, null, null, ImportText.Describe(localizer, "Import.MissingSheet", sheet)));
            return [];
        }

        var rows = new MemoryStream(content).Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        var headers = rows.Count == 0 ? new Dictionary<string, string>()
            : rows[0].Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.ToString()!.Trim());
        var missing = ListWorkbook.ColumnsOf(sheet).Where(c => !headers.ContainsValue(c.Header)).ToList();
        foreach (var column in missing)
        {
            problems.Add(new ImportProblem(sheet, 1, column.Header, null, null, ImportText.Describe(localizer, "Import.MissingColumn", column.Header)));
        }

        if (missing.Count > 0)
        {
            return [];
        }

        var items = new List<T>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
            {
                continue;
            }

            var cells = new Dictionary<string, object?>();
            foreach (var (letter, value) in rows[i])
            {
                if (headers.TryGetValue(letter, out var header))
                {
                    cells.TryAdd(header, value);
                }
            }

            items.Add(read(new SheetRow(ImportPlace.OfRow(sheet, i + 1), cells, year, localizer, problems)));
        }

        return items;
    }
}
