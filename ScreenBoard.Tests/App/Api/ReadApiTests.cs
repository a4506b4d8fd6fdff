using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Api;

[Collection(AppCollection.Name)]
public sealed class ReadApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Scores_DefaultToToday_AndAreRankedBestFirst()
    {
        using var client = await factory.CreateApiClientAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/scores");

        Assert.Equal("2026-11-25", body.GetProperty("asOf").GetString());
        var ranks = body.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("rank").ValueKind == JsonValueKind.Number)
            .Select(u => (Rank: u.GetProperty("rank").GetInt32(), Score: u.GetProperty("score").GetDecimal())).ToList();
        Assert.True(ranks.Count >= 30);
        Assert.Equal(ranks.OrderBy(r => r.Rank).ToList(), ranks);
        Assert.Equal(ranks.OrderByDescending(r => r.Score).Select(r => r.Score), ranks.Select(r => r.Score));
    }

    [Fact]
    public async Task Tasks_FilteredByStatus_AreAllOfThatStatus()
    {
        using var client = await factory.CreateApiClientAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/tasks?asOf=2026-11-25&status=Lagging&category=Key");

        var tasks = body.GetProperty("tasks").EnumerateArray().ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(("Lagging", "Key", "滞后"), (t.GetProperty("status").GetString(), t.GetProperty("category").GetString(), t.GetProperty("flag").GetString())));
    }

    [Theory]
    [InlineData("/api/scores?asOf=2026-13-01", "asOf")]
    [InlineData("/api/tasks?asOf=yesterday", "asOf")]
    [InlineData("/api/tasks?unit=NOPE", "unit")]
    [InlineData("/api/tasks?category=Huge", "category")]
    [InlineData("/api/tasks?status=Sleeping", "status")]
    [InlineData("/api/tasks?category=Major,PeopleLivelihood", "category")]
    [InlineData("/api/tasks?category=1", "category")]
    [InlineData("/api/tasks?category=major", "category")]
    [InlineData("/api/tasks?status=CompletedOnTime,CompletedLate", "status")]
    [InlineData("/api/tasks?status=0", "status")]
    [InlineData("/api/tasks?status=lagging", "status")]
    [InlineData("/api/tasks?status=Lagging&status=Overdue", "status")]
    [InlineData("/api/quarters/2026Q9/scores", "quarter")]
    public async Task BadParameter_Is400NamingTheParameter(string url, string parameter)
    {
        using var client = await factory.CreateApiClientAsync();

        var response = await client.GetAsync(url);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }

    [Fact]
    public async Task Quarters_ListTheDemosPublishedQuarters_AndTheirScoresCanBeRead()
    {
        using var client = await factory.CreateApiClientAsync();

        var quarters = await client.GetFromJsonAsync<JsonElement>("/api/quarters");
        var scores = await client.GetFromJsonAsync<JsonElement>("/api/quarters/2026Q3/scores");

        Assert.Equal(["2026Q3:True", "2026Q2:True", "2026Q1:True"], quarters.EnumerateArray().Select(q => $"{q.GetProperty("quarter").GetString()}:{q.GetProperty("published").GetBoolean()}"));
        Assert.Equal("2026-09-30", scores.GetProperty("quarter").GetProperty("evaluationDate").GetString());
        Assert.True(scores.GetProperty("units").GetArrayLength() >= 35);
    }

    [Fact]
    public async Task AQuarterWithoutSnapshot_Is404()
    {
        using var client = await factory.CreateApiClientAsync();

        var response = await client.GetAsync("/api/quarters/2024Q1/scores");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
