using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Briefing.Pptx;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace ScreenBoard.Tests.App.Features.Briefing;

/// <summary>
/// GET /api/quarters/{q}/briefing.pptx over the demo list: the deck validates, reopens with the expected
/// slides, its charts and their workbooks hold the snapshot's scores, and drafts stay the office's.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BriefingPptxTests(BriefingApp app, ITestOutputHelper output) : IClassFixture<BriefingApp>
{
    private const string PublishedUrl = "/api/quarters/2026Q3/briefing.pptx";
    private const string DraftUrl = "/api/quarters/2026Q4/briefing.pptx";

    [Theory]
    [InlineData(PublishedUrl)]
    [InlineData(DraftUrl)]
    public async Task TheDeck_AndEveryEmbeddedWorkbook_ValidateWithZeroErrors(string url)
    {
        using var document = Open(await DownloadAsync("office", url));
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);

        var errors = validator.Validate(document).Select(Describe).ToList();
        foreach (var chart in Slides(document).SelectMany(s => s.ChartParts))
        {
            using var workbook = SpreadsheetDocument.Open(chart.EmbeddedPackagePart!.GetStream(), false);
            errors.AddRange(validator.Validate(workbook).Select(Describe));
        }

        errors.ForEach(output.WriteLine);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheDeck_HasTheExpectedSlides_InOrder()
    {
        using var client = await app.CreateApiClientAsync();
        var scores = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q3/scores");
        var units = scores.GetProperty("units").GetArrayLength();
        var lagging = scores.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("status").GetString() is "Lagging" or "Overdue");
        Dictionary<TaskCategory, int> categories;
        string listTitle;
        using (var db = app.Database.CreateDbContext())
        {
            categories = await db.Tasks.GroupBy(t => t.Category).ToDictionaryAsync(g => g.Key, g => g.Count());
            listTitle = await db.Lists.Where(l => l.Year == 2026).Select(l => l.Title).SingleAsync();
        }

        using var document = Open(await DownloadAsync("office", PublishedUrl));
        var titles = Slides(document).Select(Title).ToList();

        var expected = new List<string> { listTitle, "总体情况" };
        foreach (var (category, name) in new[] { (TaskCategory.Major, "大事"), (TaskCategory.Key, "要事"), (TaskCategory.PeopleLivelihood, "实事") })
        {
            expected.AddRange(Pages(name + "推进情况", categories[category], 10));
            expected.AddRange(Pages(name + "实际与序时进度", categories[category], 15));
        }

        expected.AddRange(Pages("单位排名", units, 10));
        Assert.Equal(expected, titles.Take(expected.Count));
        var rest = titles.Skip(expected.Count).ToList();
        Assert.Equal("挂旗表彰：本季度完成的任务", rest[0]);
        Assert.Equal(Pages("滞后与逾期任务", lagging, 10), rest.Where(t => t.StartsWith("滞后与逾期任务", StringComparison.Ordinal)));
        Assert.StartsWith("督查问责", rest[^1]);
    }

    [Fact]
    public async Task TheRankingCharts_CachedValuesAndEmbeddedWorkbooks_HoldTheSnapshotsUnitScores()
    {
        using var client = await app.CreateApiClientAsync();
        var scores = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q3/scores");
        var snapshotScores = scores.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("score").ValueKind == JsonValueKind.Number)
            .Select(u => u.GetProperty("score").GetDecimal()).ToList();

        using var document = Open(await DownloadAsync("office", PublishedUrl));
        var charts = Slides(document).Where(s => Title(s).StartsWith("单位排名", StringComparison.Ordinal)).SelectMany(s => s.ChartParts).ToList();
        var cached = charts.SelectMany(c => c.ChartSpace!.Descendants<C.NumberingCache>().Single().Elements<C.NumericPoint>())
            .Select(p => decimal.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture)).ToList();
        var inWorkbooks = charts.SelectMany(WorkbookColumnB).ToList();

        Assert.True(snapshotScores.Count > 10, "the demo ranks more units than one slide holds");
        Assert.Equal(snapshotScores, cached);
        Assert.Equal(snapshotScores, inWorkbooks);
        Assert.All(charts, c => Assert.Equal(c.GetIdOfPart(c.EmbeddedPackagePart!), c.ChartSpace!.GetFirstChild<C.ExternalData>()!.Id!.Value));
    }

    [Fact]
    public async Task EveryRun_NamesTheCjkFont_AsLatinAndEastAsianTypeface()
    {
        using var document = Open(await DownloadAsync("office", PublishedUrl));

        var runs = Slides(document).SelectMany(s => s.Slide!.Descendants<A.RunProperties>()
            .Concat(s.NotesSlidePart!.NotesSlide!.Descendants<A.RunProperties>())).ToList();

        Assert.True(runs.Count > 500);
        Assert.All(runs, r => Assert.Equal(("Microsoft YaHei", "Microsoft YaHei"), (r.GetFirstChild<A.LatinFont>()?.Typeface?.Value, r.GetFirstChild<A.EastAsianFont>()?.Typeface?.Value)));
        var theme = document.PresentationPart!.SlideMasterParts.Single().ThemePart!.Theme!.ThemeElements!.FontScheme!;
        Assert.Equal("Noto Sans CJK SC", theme.MinorFont!.EastAsianFont!.Typeface!.Value);
        Assert.Contains(theme.MinorFont.Elements<A.SupplementalFont>(), f => f.Script == "Hans" && f.Typeface == "Microsoft YaHei");
    }

    [Fact]
    public async Task EverySlidesNotes_CarryTheEvaluationDate_AndTheRuleParameters()
    {
        using var document = Open(await DownloadAsync("office", PublishedUrl));

        Assert.All(Slides(document), slide =>
        {
            var notes = slide.NotesSlidePart!.NotesSlide!.InnerText;
            Assert.Contains("评价日期：2026-09-30", notes, StringComparison.Ordinal);
            Assert.Contains("滞后容差：0.05", notes, StringComparison.Ordinal);
            Assert.Contains("红牌扣分：5", notes, StringComparison.Ordinal);
        });
        Assert.NotNull(document.PresentationPart!.NotesMasterPart);
    }

    [Fact]
    public async Task TheDraft_SaysDraftOnEverySlide_AndThePublishedDeckNowhere()
    {
        using var draft = Open(await DownloadAsync("office", DraftUrl));
        using var published = Open(await DownloadAsync("office", PublishedUrl));

        Assert.All(Slides(draft), s => Assert.Equal("草稿", Shape(s, BriefingPptx.DraftShape)?.InnerText));
        Assert.All(Slides(published), s => Assert.Null(Shape(s, BriefingPptx.DraftShape)));
        Assert.Equal(12192000, draft.PresentationPart!.Presentation!.SlideSize!.Cx!.Value);
        Assert.Equal(6858000, draft.PresentationPart.Presentation.SlideSize.Cy!.Value);
    }

    [Fact]
    public async Task AQuarterWithoutASnapshot_Is404WithAProblemDocument()
    {
        using var client = await app.CreateApiClientAsync();

        var response = await client.GetAsync("/api/quarters/2025Q1/briefing.pptx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("reviewer")]
    [InlineData(null)]
    public async Task ADraft_IsTheOfficesOnly_OthersGet404Problem(string? who)
    {
        using var client = who is null ? await app.CreateApiClientAsync() : await SignInClient.CreateAsync(app, who);

        var response = await client.GetAsync(DraftUrl);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ALeadersCookie_GetsThePublishedDeck_AndAReadTokenToo()
    {
        using var leader = await SignInClient.CreateAsync(app, "leader");
        using var token = await app.CreateApiClientAsync();

        foreach (var client in new[] { leader, token })
        {
            var response = await client.GetAsync(PublishedUrl + "?version=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(BriefingPptx.ContentType, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("?version=9", HttpStatusCode.NotFound)]
    [InlineData("?version=two", HttpStatusCode.BadRequest)]
    public async Task AVersionThatIsNotThere_OrNotANumber_IsAProblem(string query, HttpStatusCode status)
    {
        using var client = await app.CreateApiClientAsync();

        var response = await client.GetAsync(PublishedUrl + query);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ThePresentationPage_ShowsALeaderAPublishedQuarter_AndSays尚未发布ForADraft()
    {
        using var leader = await SignInClient.CreateAsync(app, "leader");
        using var office = await SignInClient.CreateAsync(app, "office");
        using var reviewer = await SignInClient.CreateAsync(app, "reviewer");

        var published = await leader.GetAsync("/briefing/2026Q3");
        var draftForLeader = await leader.GetAsync("/briefing/2026Q4");
        var draftForOffice = await office.GetAsync("/briefing/2026Q4");
        var forReviewer = await reviewer.GetAsync("/briefing/2026Q3");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("data-slides=", await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draftForLeader.StatusCode);
        Assert.Contains("2026Q4 尚未发布", WebUtility.HtmlDecode(await draftForLeader.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, draftForOffice.StatusCode);
        Assert.Matches("data-testid=\"draft\"[^>]*>草稿<", WebUtility.HtmlDecode(await draftForOffice.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, forReviewer.StatusCode);
    }

    private static IEnumerable<string> Pages(string title, int items, int size)
    {
        var pages = Math.Max(1, (items + size - 1) / size);
        return Enumerable.Range(1, pages).Select(p => p == 1 ? title : $"{title}（续 {p}/{pages}）");
    }

    private static IEnumerable<decimal> WorkbookColumnB(ChartPart chart)
    {
        using var workbook = SpreadsheetDocument.Open(chart.EmbeddedPackagePart!.GetStream(), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        return sheet.Descendants<Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('B') && c.CellReference.Value != "B1")
            .Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture))
            .ToList();
    }

    private static PresentationDocument Open(byte[] bytes) => PresentationDocument.Open(new MemoryStream(bytes), false);

    private static IEnumerable<SlidePart> Slides(PresentationDocument document)
    {
        var part = document.PresentationPart!;
        return part.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)part.GetPartById(id.RelationshipId!.Value!));
    }

    private static P.Shape? Shape(SlidePart slide, string name) =>
        slide.Slide!.Descendants<P.Shape>().FirstOrDefault(s => s.NonVisualShapeProperties?.NonVisualDrawingProperties?.Name?.Value == name);

    private static string Title(SlidePart slide) => Shape(slide, BriefingPptx.TitleShape)?.InnerText ?? string.Empty;

    private static string Describe(ValidationErrorInfo e) => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}";

    private async Task<byte[]> DownloadAsync(string who, string url)
    {
        using var client = await SignInClient.CreateAsync(app, who);
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
