using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Documents;

/// <summary>The appraisal workbook against the scores API over the same snapshots (<see cref="DocumentsApp"/>).</summary>
[Collection(AppCollection.Name)]
public sealed class AppraisalWorkbookTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    private static List<IDictionary<string, object?>> Sheet(byte[] file, string sheet)
    {
        using var stream = new MemoryStream(file);
        return stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
    }

    private static decimal? Number(object? cell) => cell is null ? null : Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture);

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    [Fact]
    public async Task QuarterWorkbook_EqualsTheScoresApi_ForEveryUnit()
    {
        using var client = await app.CreateApiClientAsync();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q2/scores");
        var rows = Sheet(await client.GetByteArrayAsync("/api/quarters/2026Q2/scores.xlsx"), "单位得分");

        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(units.Count, rows.Count);
        Assert.Equal(5, rows.Count);
        foreach (var (unit, row) in units.Zip(rows))
        {
            Assert.Equal(unit.GetProperty("unitCode").GetString(), row["单位代码"]);
            Assert.Equal(Number(unit.GetProperty("rank")), Number(row["排名"]));
            Assert.Equal(Number(unit.GetProperty("score")), Number(row["得分"]));
            Assert.Equal(Number(unit.GetProperty("base")), Number(row["基础分"]));
            Assert.Equal(Number(unit.GetProperty("deductions")), Number(row["扣分"]));
        }

        // A: 1 notice; B: notice + yellow (1 + 3); C: notice + yellow + red (1 + 3 + 5), the red marked for the appraisal.
        Assert.Equal(
            ["A:1:0:0:", "B:1:1:0:", "C:1:1:1:红牌 · 计入年度考核"],
            rows.Where(r => (string)r["单位代码"]! is "A" or "B" or "C").OrderBy(r => (string)r["单位代码"]!)
                .Select(r => $"{r["单位代码"]}:{Number(r["限期整改单"])}:{Number(r["黄色警告"])}:{Number(r["红牌"])}:{r["年度考核"]}"));
        Assert.Equal([1m, 4m, 9m], rows.Where(r => (string)r["单位代码"]! is "A" or "B" or "C").OrderBy(r => (string)r["单位代码"]!).Select(r => Number(r["扣分"])!.Value));
    }

    [Fact]
    public async Task QuarterWorkbook_ListsEachStep_WithItsNumberTaskAndDate_TheRedMarked()
    {
        using var client = await app.CreateApiClientAsync();

        var steps = Sheet(await client.GetByteArrayAsync("/api/quarters/2026Q2/scores.xlsx"), "问责明细");

        Assert.Equal(
            [
                "B:督整〔2026〕1号:TB:2026-04-01:1:",
                "C:督整〔2026〕2号:TC:2026-04-01:1:",
                "A:督整〔2026〕3号:TA:2026-04-10:1:",
                "B:督黄〔2026〕1号:TB:2026-04-11:3:",
                "C:督黄〔2026〕2号:TC:2026-04-11:3:",
                "C:督红〔2026〕1号:TC:2026-04-22:5:红牌 · 计入年度考核",
            ],
            steps.OrderBy(s => (string)s["日期"]!).ThenBy(s => (string)s["文号"]!, StringComparer.Ordinal)
                .Select(s => $"{s["单位代码"]}:{s["文号"]}:{s["任务编号"]}:{s["日期"]}:{Number(s["扣分"])}:{s["年度考核"]}"));
    }

    [Fact]
    public async Task YearWorkbook_HasEveryPublishedQuartersColumns_AndNotTheDraft()
    {
        using var client = await app.CreateApiClientAsync();

        var rows = Sheet(await client.GetByteArrayAsync("/api/years/2026/appraisal.xlsx"), "年度考核");
        var q2 = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q2/scores");

        var columns = rows[0].Keys.ToList();
        Assert.Contains("2026Q1 得分", columns);
        Assert.Contains("2026Q1 排名", columns);
        Assert.Contains("2026Q2 得分", columns);
        Assert.Contains("2026Q2 排名", columns);
        Assert.DoesNotContain("2026Q3 得分", columns);
        foreach (var unit in q2.GetProperty("units").EnumerateArray())
        {
            var row = Assert.Single(rows, r => (string?)r["单位代码"] == unit.GetProperty("unitCode").GetString());
            Assert.Equal(Number(unit.GetProperty("score")), Number(row["2026Q2 得分"]));
            Assert.Equal(Number(unit.GetProperty("rank")), Number(row["2026Q2 排名"]));
        }
    }

    [Fact]
    public async Task ADraft_Is404ForATokenAndALeader_AndServedToTheOffice()
    {
        using var token = await app.CreateApiClientAsync();
        using var leader = await SignInClient.CreateAsync(app, "leader");
        using var office = await SignInClient.CreateAsync(app, "office");

        var forToken = await token.GetAsync("/api/quarters/2026Q3/scores.xlsx");
        var forLeader = await leader.GetAsync("/api/quarters/2026Q3/scores.xlsx");
        var forOffice = await office.GetAsync("/api/quarters/2026Q3/scores.xlsx");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (forToken.StatusCode, forToken.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NotFound, forLeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forOffice.StatusCode);
        Assert.Equal("草稿", Sheet(await forOffice.Content.ReadAsByteArrayAsync(), "说明")[0]["状态"]);
    }

    [Fact]
    public async Task AQuarterWithoutASnapshot_Is404_AndABadQuarter400()
    {
        using var client = await app.CreateApiClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/quarters/2025Q4/scores.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/quarters/2026Q5/scores.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/years/2025/appraisal.xlsx")).StatusCode);
    }
}
