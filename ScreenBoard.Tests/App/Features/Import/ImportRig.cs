using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using ScreenBoard.App.Features.Import;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Import;

/// <summary>
/// A real SQLite file holding units NYJ (a department) and HXZ (a town reviewed by NYJ) and task T1 (HXZ leads,
/// 2026, one milestone 完成设计 0.5), the import command and the export over it, and workbooks built row by row.
/// </summary>
public sealed class ImportRig : IDisposable
{
    public static readonly Actor Office = new("督查室", ActorRole.Office);

    public ImportRig(long maxBytes = 10L * 1024 * 1024)
    {
        var builder = new ListBuilder(Database);
        builder.Unit("NYJ");
        builder.Unit("HXZ").AssignReviewingUnit(builder.Unit("NYJ"));
        var task = builder.Task("T1", "HXZ", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        task.AddMilestone("完成设计", new DateOnly(2026, 3, 31), 0.5m);
        builder.Save();
        Services = new TestServices(Database);
        var clock = new OfficeClock(Services.Clock, Options.Create(new ScoringOptions()));
        Commands = new ImportCommands(Services.Writes, clock, Options.Create(new ImportOptions { MaxBytes = maxBytes }), TestMessages.Shared);
        Export = new ListExportQueries(Database, clock);
    }

    public TestDatabase Database { get; } = new();

    public TestServices Services { get; }

    public ImportCommands Commands { get; }

    public ListExportQueries Export { get; }

    public void Dispose() => Database.Dispose();

    /// <summary>Imports as the office, in Chinese (the UI's first language).</summary>
    public Task<ImportOutcome> ImportAsync(byte[] file, Actor? actor = null) => ImportAsync(new MemoryStream(file), actor);

    /// <summary>Imports a stream of unknown length (no size announced) as the office, in Chinese.</summary>
    public Task<ImportOutcome> ImportAsync(Stream file, Actor? actor = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
        return Commands.ImportAsync(file, null, actor ?? Office);
    }

    /// <summary>Units, tasks, milestones, co-units and audit entries in the database.</summary>
    public async Task<(int Units, int Tasks, int Milestones, int CoUnits, int Audit)> CountsAsync()
    {
        await using var db = Database.CreateDbContext();
        return (await db.Units.CountAsync(), await db.Tasks.CountAsync(), await db.Milestones.CountAsync(),
            await db.Set<ScreenBoard.Domain.Tasks.TaskCoUnit>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    /// <summary>A valid task row for T-code, led by HXZ, which tests spoil one cell at a time.</summary>
    public static Dictionary<string, object?> TaskRow(string code, string lead = "HXZ") => new()
    {
        ["任务代码"] = code, ["任务名称"] = $"任务{code}", ["工作目标"] = null, ["类别"] = "要事", ["来源"] = "年度清单",
        ["来源文号"] = null, ["批示领导"] = null, ["来源日期"] = null, ["来源内容"] = null,
        ["牵头单位代码"] = lead, ["协办单位代码"] = null, ["督查部门代码"] = null, ["责任领导"] = null,
        ["开始日期"] = "2026-01-01", ["完成时限"] = "2026-12-31", ["权重"] = 1,
    };

    public static Dictionary<string, object?> MilestoneRow(string task, string title, string due, decimal share) => new()
    {
        ["任务代码"] = task, ["节点名称"] = title, ["节点日期"] = due, ["份额"] = share,
    };

    /// <summary>A workbook of the template's three sheets; <paramref name="omit"/> leaves a column of the 任务 sheet out.</summary>
    public static byte[] Workbook(
        IEnumerable<Dictionary<string, object?>> tasks, IEnumerable<Dictionary<string, object?>>? milestones = null, string? omit = null)
    {
        var sheets = new Dictionary<string, object>
        {
            [ListWorkbook.UnitsSheet] = Table(ListWorkbook.UnitColumns.Select(c => c.Header), []),
            [ListWorkbook.TasksSheet] = Table(ListWorkbook.TaskColumns.Select(c => c.Header).Where(h => h != omit), tasks),
            [ListWorkbook.MilestonesSheet] = Table(ListWorkbook.MilestoneColumns.Select(c => c.Header), milestones ?? []),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>The rows of a sheet of a workbook, keyed by header.</summary>
    public static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet) =>
        new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    private static DataTable Table(IEnumerable<string> headers, IEnumerable<Dictionary<string, object?>> rows)
    {
        var table = new DataTable();
        var columns = headers.ToList();
        columns.ForEach(h => table.Columns.Add(h, typeof(object)));
        foreach (var row in rows)
        {
            table.Rows.Add(columns.Select(h => row.GetValueOrDefault(h) ?? DBNull.Value).ToArray());
        }

        return table;
    }
}
