using System.Text;
using ScreenBoard.App.Features.Import;

namespace ScreenBoard.Tests.App.Features.Import;

/// <summary>Every bad file is refused whole: each problem named by sheet, row, column and a Chinese reason, and nothing written.</summary>
public sealed class ImportBadFileTests : IDisposable
{
    private readonly ImportRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task AMissingColumn_IsNamedInRowOne()
    {
        var problem = await RefusedAsync(ImportRig.Workbook([ImportRig.TaskRow("T2")], omit: "完成时限"));

        Assert.Equal(("任务", 1, "完成时限"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("缺少列“完成时限”。", problem.Reason);
    }

    [Fact]
    public async Task AnUnknownUnit_IsNamedAtItsCell()
    {
        var problem = await RefusedAsync(ImportRig.Workbook([ImportRig.TaskRow("T2", lead: "XXX")]));

        Assert.Equal(("任务", 2, "牵头单位代码"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Contains("没有代码为“XXX”的单位", problem.Reason);
    }

    [Fact]
    public async Task ACodeTwiceInTheFile_IsNamedAtTheSecondRow()
    {
        var problem = await RefusedAsync(ImportRig.Workbook([ImportRig.TaskRow("T2"), ImportRig.TaskRow("T2")]));

        Assert.Equal(("任务", 3, "任务代码"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("代码“T2”在文件中重复出现。", problem.Reason);
    }

    [Fact]
    public async Task ADeadlineBeforeTheStart_IsRefused()
    {
        var row = ImportRig.TaskRow("T2");
        row["开始日期"] = "2026-07-01";
        row["完成时限"] = "2026-06-30";

        var problem = await RefusedAsync(ImportRig.Workbook([row]));

        Assert.Equal(("任务", 2, "完成时限"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("完成时限 2026-06-30 早于开始日期 2026-07-01。", problem.Reason);
    }

    [Fact]
    public async Task SharesOverOne_WithTheStoredMilestone_AreRefused()
    {
        var problem = await RefusedAsync(ImportRig.Workbook([], [ImportRig.MilestoneRow("T1", "完成施工", "2026-09-30", 0.6m)]));

        Assert.Equal(("节点", 2, "份额"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("任务 T1 各节点份额之和为 1.1，超过 1。", problem.Reason);
    }

    [Fact]
    public async Task ATitleTooLong_IsTheEntitysRefusalAtItsCell()
    {
        var row = ImportRig.TaskRow("T2");
        row["任务名称"] = new string('长', 301);

        var problem = await RefusedAsync(ImportRig.Workbook([row]));

        Assert.Equal(("任务", 2, "任务名称"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("任务名称不能超过 300 个字符。", problem.Reason);
    }

    [Fact]
    public async Task ADateThatIsNoDate_IsRefused()
    {
        var row = ImportRig.TaskRow("T2");
        row["完成时限"] = "2026-13-45";

        var problem = await RefusedAsync(ImportRig.Workbook([row]));

        Assert.Equal(("任务", 2, "完成时限"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("“2026-13-45”不是日期（应为 yyyy-MM-dd）。", problem.Reason);
    }

    [Fact]
    public async Task EveryProblemOfTheFile_IsListedAtOnce()
    {
        var late = ImportRig.TaskRow("T3");
        late["完成时限"] = "明年";

        var outcome = await _rig.ImportAsync(ImportRig.Workbook([ImportRig.TaskRow("T2", lead: "XXX"), late]));

        Assert.Equal([(2, "牵头单位代码"), (3, "完成时限")], outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).Order().ToList());
    }

    [Theory]
    [InlineData("png")]
    [InlineData("text")]
    [InlineData("zip")]
    public async Task AFileThatIsNoSpreadsheet_IsRefused(string kind)
    {
        byte[] file = kind switch
        {
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
            "text" => Encoding.UTF8.GetBytes("任务代码,任务名称\nT2,改名\n"),
            _ => [.. "PK\u0003\u0004"u8, .. new byte[64]],
        };

        var problem = await RefusedAsync(file);

        Assert.Null(problem.Row);
        Assert.Equal(kind == "zip" ? "不是有效的 Excel 工作簿（.xlsx），无法读取。" : "不是 Excel 工作簿（.xlsx），也不是清单 JSON 文件。", problem.Reason);
    }

    [Fact]
    public async Task AnEmptyFile_IsRefused()
    {
        var problem = await RefusedAsync([]);

        Assert.Equal("文件是空的，未写入任何内容。", problem.Reason);
    }

    [Fact]
    public async Task AFiftyMegabyteFile_IsRefusedByItsSizeBeforeItIsRead()
    {
        var stream = new CountingStream(50L * 1024 * 1024);
        var before = await _rig.CountsAsync();

        var outcome = await _rig.ImportAsync(stream);

        Assert.Equal("文件超过 10 MB 的上限，未读取，未写入任何内容。", outcome.Problems.Single().Reason);
        Assert.True(stream.BytesRead <= 10L * 1024 * 1024 + 81920, $"read {stream.BytesRead} bytes");
        Assert.Equal(before, await _rig.CountsAsync());
    }

    /// <summary>Imports <paramref name="file"/>; it must be refused with one problem and leave every table as it was.</summary>
    private async Task<ImportProblem> RefusedAsync(byte[] file)
    {
        var before = await _rig.CountsAsync();

        var outcome = await _rig.ImportAsync(file);

        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await _rig.CountsAsync());
        return Assert.Single(outcome.Problems);
    }
}
