using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>The office republishes a demo quarter in Chromium: asked first, a reason required, version 2 added.</summary>
[Collection(AppCollection.Name)]
public sealed class RepublishInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task RecomputingAPublishedQuarter_AsksForAReason_ThenPublishesVersionTwo()
    {
        var page = await host.OpenAsync("quarters", signInAs: ("office", SignInClient.DemoPassword));
        var quarter = page.Locator(".inbox__item[data-quarter='2026Q3']");

        await quarter.Locator("[data-action=recompute]").ClickAsync();
        var panel = quarter.Locator("[data-testid=republish]");
        await Assertions.Expect(panel).ToContainTextAsync("第 1 版 → 第 2 版");
        await panel.Locator("[data-action=confirm-republish]").ClickAsync();
        await Assertions.Expect(panel).ToContainTextAsync("请填写重新发布的原因");
        Assert.Single(await VersionsAsync());

        await panel.Locator("textarea").FillAsync("复核后重新发布");
        await panel.Locator("[data-action=confirm-republish]").ClickAsync();

        await Assertions.Expect(quarter).ToHaveAttributeAsync("data-version", "2");
        var versions = await VersionsAsync();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("复核后重新发布", versions[1].GetProperty("reason").GetString());
    }

    private async Task<List<JsonElement>> VersionsAsync()
    {
        using var api = await host.CreateApiClientAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
        return (await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q3/versions")).EnumerateArray().ToList();
    }
}
