using System.Net;
using ScreenBoard.Tests.EndToEnd;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App;

/// <summary>
/// Until accounts exist, the office's pages and the jobs dashboard answer requests from this machine
/// only. The in-memory test server has no remote address, as a request from elsewhere would not be loopback.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OfficeAccessFromElsewhereTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/reports")]
    [InlineData("/quarters")]
    public async Task OfficePages_ShowNoOfficeContent(string path)
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));

        Assert.Contains("仅限督查室在本机使用", html);
        Assert.DoesNotContain("data-action", html);
    }

    [Fact]
    public async Task JobsDashboard_IsRefused()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection(AppCollection.Name)]
public sealed class OfficeAccessOnThisMachineTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task OfficePages_ShowTheWork()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/reports"));

        Assert.DoesNotContain("仅限督查室在本机使用", html);
        Assert.Contains("data-action=\"accept\"", html);
    }

    [Fact]
    public async Task JobsDashboard_IsServed()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
