using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Documents.DocumentsApp;

namespace ScreenBoard.Tests.App.Features.Documents;

/// <summary>Notices as official .docx: valid Open XML, the stored 文号, unit, task and deadline; who may fetch them.</summary>
[Collection(AppCollection.Name)]
public sealed class NoticeDocumentTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    /// <summary>The document's text, after checking it has no Open XML error.</summary>
    public static string ValidText(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return string.Join('\n', document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task ARedCard_ValidatesAndCarriesItsNumberUnitTaskAndDeadline()
    {
        using var office = await SignInClient.CreateAsync(app, "office");

        var response = await office.GetAsync($"/api/notices/{app.NoticeId("TC", D(4, 1))}.docx");
        var text = ValidText(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("中共青川市委督查室", text);
        Assert.Contains("红牌通报", text);
        Assert.Contains("督红〔2026〕1号", text);
        Assert.Contains("单位C：", text);
        Assert.Contains("TC 任务TC", text);
        Assert.Contains("TC 进度滞后，未按序时推进", text);
        Assert.Contains("2026年5月2日前整改到位", text);
        Assert.Contains("督整〔2026〕2号", text); // it cites the notice and the warning before it
        Assert.Contains("督黄〔2026〕2号", text);
        Assert.Contains("2026年4月22日", text);
    }

    [Fact]
    public async Task EachStep_HasItsOwnDocument_TheEarlierStepsKeepTheirDeadline()
    {
        using var leader = await SignInClient.CreateAsync(app, "leader");
        var id = app.NoticeId("TC", D(4, 1));

        var notice = ValidText(await leader.GetByteArrayAsync($"/api/notices/{id}.docx?step=RectificationNotice"));
        var yellow = ValidText(await leader.GetByteArrayAsync($"/api/notices/{id}.docx?step=YellowWarning"));

        Assert.Contains("限期整改通知书", notice);
        Assert.Contains("督整〔2026〕2号", notice);
        Assert.Contains("2026年4月10日前整改到位", notice);
        Assert.Contains("黄色警告通知书", yellow);
        Assert.Contains("督黄〔2026〕2号", yellow);
        Assert.Contains("2026年4月21日前整改到位", yellow);
    }

    [Fact]
    public async Task TheNumber_IsTheSameOnASecondDownload_AndCountsPerKindAndYear()
    {
        using var client = await app.CreateApiClientAsync();
        async Task<string> NumberOf(string task, DateOnly issued, string step)
        {
            var text = ValidText(await client.GetByteArrayAsync($"/api/notices/{app.NoticeId(task, issued)}.docx?step={step}"));
            return text.Split('\n').Single(l => l.StartsWith("督", StringComparison.Ordinal) && l.EndsWith('号'));
        }

        var first = await NumberOf("TA", D(7, 1), "RectificationNotice");
        var again = await NumberOf("TA", D(7, 1), "RectificationNotice");

        Assert.Equal(("督整〔2026〕4号", "督整〔2026〕4号"), (first, again));
        Assert.Equal(
            ["督整〔2026〕1号", "督整〔2026〕2号", "督整〔2026〕3号", "督黄〔2026〕1号", "督黄〔2026〕2号", "督红〔2026〕1号"],
            [
                await NumberOf("TB", D(4, 1), "RectificationNotice"), await NumberOf("TC", D(4, 1), "RectificationNotice"),
                await NumberOf("TA", D(4, 10), "RectificationNotice"), await NumberOf("TB", D(4, 1), "YellowWarning"),
                await NumberOf("TC", D(4, 1), "YellowWarning"), await NumberOf("TC", D(4, 1), "RedCard"),
            ]);
    }

    [Fact]
    public async Task ANoticeIssuedOnTheLadder_GetsTheNextNumberInTheSameWrite()
    {
        using (var client = await app.CreateApiClientAsync())
        {
            await client.GetByteArrayAsync($"/api/notices/{app.NoticeId("TA", D(4, 10))}.docx"); // the older steps are numbered
        }

        var (result, id) = await app.Services.GetRequiredService<LadderCommands>().IssueAsync(TaskIdOf("TB"), null, "再次滞后", D(12, 5), TestActors.Office);
        using var db = app.Database.CreateDbContext();
        var stored = db.NoticeNumbers.Single(n => n.NoticeId == id);

        Assert.True(result.Succeeded);
        Assert.Equal(("督整〔2026〕6号", D(12, 5)), (stored.Text, stored.FixDeadline));
    }

    [Theory]
    [InlineData(ReporterUser, HttpStatusCode.Forbidden)]
    [InlineData("leader", HttpStatusCode.OK)]
    public async Task ANoticeDocument_IsForTheOfficeAndLeaders(string user, HttpStatusCode expected)
    {
        using var client = await SignInClient.CreateAsync(app, user);

        var response = await client.GetAsync($"/api/notices/{app.NoticeId("TA", D(4, 10))}.docx");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AStepNotReached_OrNoSuchNotice_Is404()
    {
        using var client = await app.CreateApiClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/notices/{app.NoticeId("TA", D(4, 10))}.docx?step=RedCard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/notices/99999.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/notices/{app.NoticeId("TA", D(4, 10))}.docx?step=red")).StatusCode);
    }

    private int TaskIdOf(string code)
    {
        using var db = app.Database.CreateDbContext();
        return db.Tasks.Single(t => t.Code == code).Id;
    }
}
