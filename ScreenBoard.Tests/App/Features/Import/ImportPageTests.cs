using System.Net;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Import;

/// <summary>/list/import and its downloads are the office's: a reporter gets 403, a stranger the sign-in page.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheOffice_SeesThePageAndDownloadsTheTemplate()
    {
        using var office = await SignInClient.CreateAsync(factory, "office");

        var page = System.Net.WebUtility.HtmlDecode(await office.GetStringAsync("/list/import"));
        var template = await office.GetAsync("/list/template.xlsx");

        Assert.Contains("下载导入模板", page);
        Assert.Contains("不删除任何", page);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Single(ImportRig.Rows(await template.Content.ReadAsByteArrayAsync(), "任务"));
    }

    [Theory]
    [InlineData("/list/import")]
    [InlineData("/list/export.xlsx")]
    public async Task AReporter_IsRefused(string path)
    {
        using var reporter = await SignInClient.CreateAsync(factory, "reporter");

        var response = await reporter.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
