using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Tests.TestSupport;
using static ScreenBoard.Tests.App.Features.Quarters.QuarterScenario;

namespace ScreenBoard.Tests.App.Features.Quarters;

/// <summary>The read API over a quarter published, then republished after a late report: both versions are served.</summary>
[Collection(AppCollection.Name)]
public sealed class QuarterVersionsApiTests(QuarterVersionsApiTests.RepublishedApp app) : IClassFixture<QuarterVersionsApiTests.RepublishedApp>
{
    [Fact]
    public async Task Versions_ListBothPublications_WithWhoWhenAndWhy()
    {
        using var client = await app.CreateApiClientAsync();

        var versions = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q2/versions");

        Assert.Equal(
            ["1:督查室:", "2:督查室:A 单位补录 6 月 20 日进度"],
            versions.EnumerateArray().Select(v => $"{v.GetProperty("version").GetInt32()}:{v.GetProperty("publishedBy").GetString()}:{v.GetProperty("reason").GetString()}"));
        Assert.True(versions[1].GetProperty("publishedAt").GetDateTimeOffset() > versions[0].GetProperty("publishedAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("?version=1", 1, "A:0.00:3 B:50.00:2 C:100.00:1")]
    [InlineData("?version=2", 2, "A:80.00:2 B:50.00:3 C:100.00:1")]
    [InlineData("", 2, "A:80.00:2 B:50.00:3 C:100.00:1")]
    public async Task Scores_ServeTheAskedVersion_OrTheNewest(string query, int version, string units)
    {
        using var client = await app.CreateApiClientAsync();

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/quarters/2026Q2/scores{query}");

        Assert.Equal(version, body.GetProperty("quarter").GetProperty("version").GetInt32());
        Assert.Equal(units, string.Join(' ', body.GetProperty("units").EnumerateArray()
            .Select(u => $"{u.GetProperty("unitCode").GetString()}:{u.GetProperty("score").GetDecimal():0.00}:{u.GetProperty("rank").GetInt32()}")
            .Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Quarters_ListTheQuarterOnce_AtItsNewestVersion()
    {
        using var client = await app.CreateApiClientAsync();

        var quarters = await client.GetFromJsonAsync<JsonElement>("/api/quarters");

        var q2 = Assert.Single(quarters.EnumerateArray(), q => q.GetProperty("quarter").GetString() == "2026Q2");
        Assert.Equal((2, true), (q2.GetProperty("version").GetInt32(), q2.GetProperty("published").GetBoolean()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public async Task AVersionThatIsNotAPositiveInteger_Is400NamingVersion(string version)
    {
        using var client = await app.CreateApiClientAsync();

        var response = await client.GetAsync($"/api/quarters/2026Q2/scores?version={version}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("version", out _));
    }

    [Theory]
    [InlineData("/api/quarters/2026Q2/scores?version=3")]
    [InlineData("/api/quarters/2026Q1/scores?version=1")]
    public async Task AVersionThatDoesNotExist_Is404Problem(string url)
    {
        using var client = await app.CreateApiClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The app without the demo list; 2026Q2 of <see cref="QuarterScenario"/> published, then republished.</summary>
    public sealed class RepublishedApp : AppFactory, IAsyncLifetime
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Seed:Enabled", "false"), new("Jobs:RunServer", "false")];

        public async Task InitializeAsync()
        {
            using (CreateClient())
            {
                // Starting the host migrates the database.
            }

            QuarterScenario.Build(Database);
            var commands = Services.GetRequiredService<QuarterCommands>();
            await commands.ComputeAsync(Q2, TestActors.System("job"));
            await commands.PublishAsync(Q2, TestActors.Office);
            AcceptLateReportOfA(Database);
            Clock.Advance(TimeSpan.FromDays(1));
            var preview = await commands.PreviewRepublishAsync(Q2);
            var result = await commands.RepublishAsync(preview!, TestActors.Office, "A 单位补录 6 月 20 日进度");
            Assert.True(result.Succeeded);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
