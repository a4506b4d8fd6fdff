using System.Net;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App;

[Collection(AppCollection.Name)]
public sealed class SmokeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_OnAFreshDatabase_Is200AndShowsTheDemoList()
    {
        using var client = await SignInClient.CreateAsync(factory, "leader");

        var response = await client.GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2026年度市委市政府重点工作督查清单", html);
    }
}
