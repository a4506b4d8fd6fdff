using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Features.Reports.Evidence;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

/// <summary>
/// The evidence endpoint and the reporter's pages on the demo (reporter = 青石镇 QSZ, reviewer = 市农业农村局 NYJ,
/// QSZ's competent department): who gets a file, with which headers, and the form that starts from the last report.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EvidenceEndpointTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Narrative = "预填测试：本月完成村道硬化 3.2 公里";

    private async Task<int> SubmitAsync()
    {
        var commands = factory.Services.GetRequiredService<ReportSubmissionCommands>(); // starts the host: the database is migrated and seeded
        using var db = factory.Database.CreateDbContext();
        var unit = db.Units.Single(u => u.Code == "QSZ").Id;
        var task = db.Tasks.Single(t => t.Code == "DS-029").Id;
        var reporter = new Actor("reporter", ActorRole.Reporter, unit, "127.0.0.1");
        var (result, reportId) = await commands.SubmitAsync(new ReportDraft(task, null, 47, Narrative, null), [ReportingRig.Photo("青石镇 现场.png")], reporter);
        Assert.True(result.Succeeded, result.MessageKey);
        using var read = factory.Database.CreateDbContext();
        return read.Evidence.Single(e => e.ReportId == reportId).Id;
    }

    [Theory]
    [InlineData("office")]
    [InlineData("leader")]
    [InlineData("reporter")]
    [InlineData("reviewer")]
    public async Task ThoseWhoMaySeeTheReport_GetTheFile_InlineWithItsContentType(string user)
    {
        var id = await SubmitAsync();
        using var client = await SignInClient.CreateAsync(factory, user);

        using var response = await client.GetAsync(EvidenceEndpoint.For(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal("青石镇 现场.png", disposition.FileNameStar);
        Assert.Equal(ReportingRig.Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnotherUnitsReporter_GetsNotFound_AndAnonymousIsSentToSignIn()
    {
        var id = await SubmitAsync();
        var (created, _) = await factory.Services.GetRequiredService<AccountCommands>()
            .CreateAsync(Actor.System("test"), new NewAccount("lxz-reporter", "其他镇（填报）", ActorRole.Reporter, "LXZ"), SignInClient.DemoPassword, mustChangePassword: false);
        Assert.True(created.Succeeded, created.MessageKey);
        using var other = await SignInClient.CreateAsync(factory, "lxz-reporter");
        using var anonymous = await SignInClient.CreateAsync(factory, null);

        using var refused = await other.GetAsync(EvidenceEndpoint.For(id));
        using var signIn = await anonymous.GetAsync(EvidenceEndpoint.For(id));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.NotEqual("image/png", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(AccountRoutes.Login, signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportForm_StartsFromTheUnitsPreviousReport()
    {
        await SubmitAsync();
        using var client = await SignInClient.CreateAsync(factory, "reporter");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/my-tasks/DS-029/report"));

        Assert.Contains(Narrative, html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*value=\"47\"", html);
        Assert.Contains("已按本单位上次报送预填", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reporter", "/my-tasks", HttpStatusCode.OK)]
    [InlineData("office", "/my-tasks", HttpStatusCode.Forbidden)]
    [InlineData("leader", "/my-tasks/DS-029/report", HttpStatusCode.Forbidden)]
    [InlineData("office", "/extensions", HttpStatusCode.OK)]
    [InlineData("reporter", "/extensions", HttpStatusCode.Forbidden)]
    public async Task ThePagesOfReporting_OpenForTheirRoleOnly(string user, string route, HttpStatusCode expected)
    {
        using var client = await SignInClient.CreateAsync(factory, user);

        using var response = await client.GetAsync(route);

        Assert.Equal(expected, response.StatusCode);
    }
}
