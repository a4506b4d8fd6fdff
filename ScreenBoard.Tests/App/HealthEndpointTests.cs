using System.Net;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App;

/// <summary>What a screen asks before it reloads, and what every page tells its screen.js (docs/decisions/008).</summary>
[Collection(AppCollection.Name)]
public sealed class HealthEndpointTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Healthz_AnswersGetAndHead_With200_Uncached_AndNoData()
    {
        using var client = factory.CreateClient();

        var get = await client.GetAsync("/healthz");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("ok", await get.Content.ReadAsStringAsync());
        Assert.True(get.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task EveryPage_TellsTheBrowserTheOfficeZone_TheServersClock_AndWhereToProbe()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/kiosk/hall");

        Assert.Contains("data-office-zone=\"Asia/Shanghai\"", html);
        Assert.Contains($"data-server-now=\"{factory.Clock.GetUtcNow().ToUnixTimeMilliseconds()}\"", html);
        Assert.Contains("data-health=\"healthz\"", html);
    }
}
