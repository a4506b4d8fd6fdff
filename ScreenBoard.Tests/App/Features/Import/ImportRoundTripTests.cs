using System.Text;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Import;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Tests.App.Features.Import;

/// <summary>Export, import, and what an import adds and changes; exported cells never run as formulas.</summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly ImportRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task TheExportImportedUnchanged_AddsAndChangesNothing()
    {
        var exported = ListWorkbookWriter.Write(await _rig.Export.ListAsync(year: 2026));
        var before = await _rig.CountsAsync();

        var outcome = await _rig.ImportAsync(exported);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Reason)));
        Assert.Equal((ImportCounts.None, ImportCounts.None), (outcome.Added, outcome.Changed));
        Assert.Equal(before.Tasks, (await _rig.CountsAsync()).Tasks);
    }

    [Fact]
    public async Task AnImport_AddsTwoTasksAndChangesOneDeadline_InOneAuditedWrite()
    {
        var exported = ListWorkbookWriter.Write(await _rig.Export.ListAsync(year: 2026));
        var t1 = ImportRig.Rows(exported, "任务").Single().ToDictionary(kv => kv.Key, kv => kv.Value);
        t1["完成时限"] = "2026-10-31";
        var t2 = ImportRig.TaskRow("T2");
        t2["协办单位代码"] = "NYJ";
        var file = ImportRig.Workbook([t1, t2, ImportRig.TaskRow("T3", lead: "NYJ")], [ImportRig.MilestoneRow("T2", "完成招标", "2026-05-31", 0.4m)]);

        var outcome = await _rig.ImportAsync(file);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Sheet}{p.Row}{p.Column}{p.Reason}")));
        Assert.Equal((new ImportCounts(0, 2, 1), new ImportCounts(0, 1, 0)), (outcome.Added, outcome.Changed));
        await using var db = _rig.Database.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 10, 31), (await db.Tasks.SingleAsync(t => t.Code == "T1")).Deadline);
        var t2Stored = await db.Tasks.Include(t => t.CoUnits).ThenInclude(c => c.Unit).Include(t => t.Milestones).SingleAsync(t => t.Code == "T2");
        Assert.Equal(("NYJ", "完成招标"), (t2Stored.CoUnits.Single().Unit.Code, t2Stored.Milestones.Single().Title));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("ImportList", "督查室"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task TextsThatLookLikeFormulas_AreExportedAsText()
    {
        string[] titles = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"];
        var rows = titles.Select((title, i) => { var row = ImportRig.TaskRow($"F{i}"); row["任务名称"] = title; return row; });
        Assert.True((await _rig.ImportAsync(ImportRig.Workbook(rows))).Succeeded);

        var exported = ListWorkbookWriter.Write(await _rig.Export.ListAsync(year: 2026));

        var cells = ImportRig.Rows(exported, "任务").Where(r => ((string)r["任务代码"]!).StartsWith('F')).Select(r => (string)r["任务名称"]!).Order().ToList();
        Assert.Equal(titles.Select(t => "'" + t).Order(), cells);
        Assert.Equal((ImportCounts.None, ImportCounts.None), await ReimportAsync(exported));
    }

    [Fact]
    public async Task OneUnitsExport_HoldsTheTasksItLeadsOrCoHandles()
    {
        Assert.True((await _rig.ImportAsync(ImportRig.Workbook([ImportRig.TaskRow("T9", lead: "NYJ")]))).Succeeded);

        var hxz = await _rig.Export.ListAsync("HXZ", 2026);

        Assert.Equal(["T1"], hxz.Tasks.Select(t => t.Code));
    }

    [Fact]
    public async Task TheTemplate_HasOneExampleRowPerSheetAndImportsAsItIs()
    {
        var template = ListWorkbookWriter.Write(_rig.Export.Template());

        Assert.Equal([1, 1, 1], new[] { "单位", "任务", "节点" }.Select(s => ImportRig.Rows(template, s).Count));
        Assert.Contains(ImportRig.Rows(template, "说明"), r => (string?)r["列名"] == "完成时限");
        Assert.True((await _rig.ImportAsync(template)).Succeeded);
    }

    [Fact]
    public async Task AJsonListFileWithABadReport_IsRefusedByEntryAndField_ThroughThePagesCommand()
    {
        var json = """
            { "format": "screenboard-list/1", "list": { "title": "{year}年清单", "year": 2026 },
              "units": [ { "code": "QSZ", "name": "青石镇", "kind": "Town", "competent": "NYJ" } ],
              "tasks": [ { "code": "J-1", "title": "新任务", "category": "Key", "source": "AnnualList", "lead": "QSZ", "deadline": "12-31",
                           "reports": [ { "date": "04-20", "percent": 130, "narrative": "过半", "state": "Submitted" } ] },
                         { "code": "J-2", "title": "另一任务", "category": "Key", "source": "AnnualList", "lead": "QSZ", "deadline": "13-45" } ] }
            """;
        var before = await _rig.CountsAsync();

        var outcome = await _rig.ImportAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(before, await _rig.CountsAsync());
        Assert.Contains(outcome.Problems, p => (p.Entry, p.Field, p.Reason) == ("tasks[0] (J-1).reports[0]", "percent", "任务 J-1：完成进度 130 须在 0 到 100 之间。"));
        Assert.Contains(outcome.Problems, p => (p.Entry, p.Field, p.Reason) == ("tasks[1] (J-2)", "deadline", "\"13-45\" 不是 2026 年内的日期（MM-dd）。"));
    }

    [Fact]
    public async Task AGoodJsonListFile_AddsItsUnitsTasksAndMilestones()
    {
        var json = """
            { "format": "screenboard-list/1", "list": { "title": "{year}年清单", "year": 2026 },
              "units": [ { "code": "QSZ", "name": "青石镇", "kind": "Town", "competent": "NYJ" } ],
              "tasks": [ { "code": "J-1", "title": "新任务", "category": "Key", "source": "AnnualList", "lead": "QSZ", "deadline": "12-31",
                           "milestones": [ { "title": "开工", "due": "06-30", "share": 0.5 } ] } ] }
            """;

        var outcome = await _rig.ImportAsync(Encoding.UTF8.GetBytes(json));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Reason)));
        Assert.Equal(new ImportCounts(1, 1, 1), outcome.Added);
    }

    [Fact]
    public async Task AReporter_MayNotImport()
    {
        var outcome = await _rig.ImportAsync(ImportRig.Workbook([ImportRig.TaskRow("T2")]), new Actor("填报员", ActorRole.Reporter, 1));

        Assert.Equal(CommandError.Forbidden, outcome.Result.Error);
        Assert.Equal(1, (await _rig.CountsAsync()).Tasks);
    }

    private async Task<(ImportCounts Added, ImportCounts Changed)> ReimportAsync(byte[] file)
    {
        var outcome = await _rig.ImportAsync(file);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Reason)));
        return (outcome.Added, outcome.Changed);
    }
}
