using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Jobs;

/// <summary>The app at start-up: the recurring schedule, the quarter catch-up, option validation.</summary>
[Collection(AppCollection.Name)]
public sealed class StartupTests
{
    [Fact]
    public async Task CatchUp_EnqueuesTheMissingQuarterOnce_AndNotAgainOnceItExists()
    {
        using var factory = new SettingsFactory(("Jobs:RunServer", "false"), ("Seed:PublishPastQuarters", "false"));
        var services = factory.Services;
        var storage = services.GetRequiredService<JobStorage>();
        var job = services.GetRequiredService<QuarterlyScoresJob>();
        var catchUp = services.GetRequiredService<QuarterCatchUp>();
        await job.RunAsync(2026, 3, CancellationToken.None);

        var again = await catchUp.RunAsync();

        Assert.Null(again);
        Assert.NotNull(await services.GetRequiredService<ScreenBoard.Domain.Persistence.SnapshotStore>().FindHeaderAsync(new QuarterId(2026, 3)));
        // Start-up enqueued the missing 2026Q3 once; with no job server here it is still waiting.
        Assert.Equal(1, storage.GetMonitoringApi().EnqueuedJobs("default", 0, 100).Count(j => j.Value.Job?.Type == typeof(QuarterlyScoresJob)));
    }

    [Fact]
    public void RecurringJob_IsRegisteredWithItsCronAndTheOfficeTimeZone()
    {
        using var factory = new AppFactory();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs([RecurringJobIds.QuarterlyScores]).Single();

        Assert.Equal(RecurringJobIds.QuarterlyScoresCron, recurring.Cron);
        Assert.Equal("Asia/Shanghai", recurring.TimeZoneId);
    }

    [Theory]
    [InlineData("Scoring:TimeZone", "Mars/Olympus", "Scoring:TimeZone")]
    [InlineData("Scoring:AheadMargin", "1.5", "AheadMargin")]
    [InlineData("Scoring:Flags:Lagging:Color", "yellow", "Scoring:Flags:Lagging")]
    [InlineData("Jobs:Storage", "Oracle", "Storage")]
    public void ABadSetting_StopsTheAppWithAMessageNamingTheKey(string key, string value, string named)
    {
        using var factory = new SettingsFactory((key, value));

        var ex = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, ex.Message);
    }

    private sealed class SettingsFactory(params (string Key, string Value)[] settings) : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            settings.SelectMany(s => s.Key.StartsWith("Scoring:Flags:", StringComparison.Ordinal)
                ? [new(s.Key, s.Value), new("Scoring:Flags:Lagging:LabelZh", "滞后"), new("Scoring:Flags:Lagging:LabelEn", "Lagging"), new("Scoring:Flags:Lagging:Icon", "flag")]
                : new KeyValuePair<string, string?>[] { new(s.Key, s.Value) });
    }
}
