using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// Writes a list as the workbook <see cref="ListWorkbook"/> describes: 单位, 任务, 节点 with Chinese headers, and
/// the 说明 sheet. Every text cell goes through <see cref="SpreadsheetText.Neutralise"/> (formula injection);
/// dates are written as text yyyy-MM-dd, numbers as numbers.
/// </summary>
public static class ListWorkbookWriter
{
    public static byte[] Write(ImportedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var sheets = new Dictionary<string, object>
        {
            [ListWorkbook.UnitsSheet] = Table(ListWorkbook.UnitColumns, list.Units.Select(u => new object?[]
            {
                u.Code, u.Name, u.Kind is { } kind ? ListWorkbook.KindLabels[kind] : null, u.Competent,
            })),
            [ListWorkbook.TasksSheet] = Table(ListWorkbook.TaskColumns, list.Tasks.Select(t => new object?[]
            {
                t.Code, t.Title, t.Goal, t.Category is { } category ? ListWorkbook.CategoryLabels[category] : null,
                t.Source is { } source ? ListWorkbook.SourceLabels[source] : null,
                t.Origin?.Reference, t.Origin?.Leader, t.Origin?.Date, t.Origin?.Text,
                t.Lead, string.Join(ListWorkbook.CodeSeparator, t.CoUnits), t.Supervisor, t.Leader, t.Start, t.Deadline, t.Weight,
            })),
            [ListWorkbook.MilestonesSheet] = Table(ListWorkbook.MilestoneColumns, list.Milestones.Select(m => new object?[]
            {
                m.Task, m.Title, m.Due, m.Share,
            })),
            [ListWorkbook.HelpSheet] = Help(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static DataTable Table(IReadOnlyList<ListColumn> columns, IEnumerable<object?[]> rows)
    {
        var table = new DataTable();
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(Cell).ToArray());
        }

        return table;
    }

    private static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        string text => SpreadsheetText.Neutralise(text) is { Length: > 0 } safe ? safe : DBNull.Value,
        DateOnly date => date.ToString(ListWorkbook.DateFormat, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>The 说明 sheet: every column of every sheet, required or not, and what it holds.</summary>
    private static DataTable Help()
    {
        var rows = new[] { (ListWorkbook.UnitsSheet, ListWorkbook.UnitColumns), (ListWorkbook.TasksSheet, ListWorkbook.TaskColumns), (ListWorkbook.MilestonesSheet, ListWorkbook.MilestoneColumns) }
            .SelectMany(s => s.Item2.Select(c => new object?[] { s.Item1, c.Header, c.Required ? "是" : "否", c.Explanation }))
            .Append(["全部", "导入规则", "—", "整个文件要么全部导入，要么一行都不写入：任何一行有问题，都会列出全部问题（工作表、行、列、原因）。导入只新增或修改，不删除任何单位、任务或节点。"]);
        return Table([new("sheet", "工作表", true, string.Empty), new("column", "列名", true, string.Empty), new("required", "必填", true, string.Empty), new("explanation", "说明", true, string.Empty)], rows);
    }
}
