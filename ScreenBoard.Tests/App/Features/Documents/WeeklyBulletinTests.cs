using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Documents;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Documents.DocumentsApp;

namespace ScreenBoard.Tests.App.Features.Documents;

/// <summary>
/// 周通报 on the app's fake clock (Wednesday 2026-11-25: last week is 11-16 to 11-22): the job keeps one
/// bulletin per week however often it runs; town T's accepted report, flag change and notice are in it,
/// department D is not; the page lists the weeks; the .docx validates.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WeeklyBulletinTests(DocumentsApp app) : IClassFixture<DocumentsApp>
{
    private async Task<BulletinContent> LastWeekAsync()
    {
        await app.Services.GetRequiredService<WeeklyBulletinJob>().RunForLastWeekAsync(CancellationToken.None);
        var kept = await app.Services.GetRequiredService<WeeklyBulletinQueries>().FindAsync(LastWeek);
        return kept!.Value.Content;
    }

    [Fact]
    public async Task TheJobRunTwice_KeepsOneBulletin()
    {
        var job = app.Services.GetRequiredService<WeeklyBulletinJob>();

        await job.RunForLastWeekAsync(CancellationToken.None);
        var second = await job.RunForLastWeekAsync(CancellationToken.None);

        Assert.False(second);
        using var db = app.Database.CreateDbContext();
        Assert.Equal(1, db.WeeklyBulletins.Count(b => b.WeekStart == LastWeek));
        Assert.Equal(1, db.AuditEntries.Count(a => a.Action == "GenerateBulletin" && a.EntityKey == "2026-11-16"));
    }

    [Fact]
    public async Task TheTown_HasItsAcceptedReportFlagChangeAndNotice_TheDepartmentIsNotInIt()
    {
        var content = await LastWeekAsync();

        var town = Assert.Single(content.Units);
        Assert.Equal(("T", LastWeek, new DateOnly(2026, 11, 22)), (town.Code, content.WeekStart, content.WeekEnd));
        var report = Assert.Single(town.Reports);
        Assert.Equal(("TT", 95, new DateOnly(2026, 11, 18)), (report.TaskCode, report.Percent, report.AcceptedOn));
        var flag = Assert.Single(town.FlagChanges);
        Assert.Equal(("TT", "Lagging", "OnSchedule"), (flag.TaskCode, flag.From.ToString(), flag.To.ToString()));
        var notice = Assert.Single(town.Notices);
        Assert.Equal((new DateOnly(2026, 11, 17), "督整〔2026〕5号"), (notice.On, notice.Number));
        Assert.DoesNotContain(content.Units, u => u.Code == "D");
    }

    [Fact]
    public async Task AWeekNotOver_IsRefused()
    {
        var (result, created) = await app.Services.GetRequiredService<WeeklyBulletinCommands>().GenerateAsync(new DateOnly(2026, 11, 23), TestActors.Office);

        Assert.Equal(("Domain.Bulletin.WeekNotOver", false), (result.MessageKey, created));
    }

    [Fact]
    public async Task ThePage_ListsTheWeeks_AndShowsTheTown()
    {
        await LastWeekAsync();
        using var leader = await SignInClient.CreateAsync(app, "leader");

        var list = await leader.GetStringAsync("/bulletins");
        var week = await leader.GetStringAsync("/bulletins/2026-11-16");

        Assert.Contains("data-week=\"2026-11-16\"", list);
        Assert.Contains("data-unit=\"T\"", week);
        Assert.Contains("data-kind=\"report\" data-task=\"TT\"", week);
        Assert.Contains("data-kind=\"flag\" data-task=\"TT\"", week);
        Assert.DoesNotContain("data-unit=\"D\"", week);
        Assert.Contains("api/bulletins/2026-11-16.docx", week);
    }

    [Fact]
    public async Task TheDocx_Validates_AndNamesTheTownAndItsReport()
    {
        await LastWeekAsync();
        using var leader = await SignInClient.CreateAsync(app, "leader");

        var response = await leader.GetAsync("/api/bulletins/2026-11-16.docx");
        var text = NoticeDocumentTests.ValidText(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("督查工作周通报", text);
        Assert.Contains("单位T", text);
        Assert.Contains("TT 任务TT，完成 95%", text);
        Assert.Contains("TT 任务TT：滞后 → 序时", text);
        Assert.DoesNotContain("单位D", text);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/bulletins/2026-11-09.docx")).StatusCode);
    }
}
