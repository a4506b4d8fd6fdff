using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.App.Jobs;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Ladder;

/// <summary>The sweep in the running app: scheduled daily, enqueued once at start-up, and what it does to /api/scores.</summary>
[Collection(AppCollection.Name)]
public sealed class LadderStartupAndScoresTests
{
    [Fact]
    public async Task StartUp_EnqueuesTheSweepOnce_WhenStepsAreDue_AndNotAgainOnceItRan()
    {
        // The demo list has open notices whose fix deadlines passed long before 2026-11-25.
        using var factory = new SettingsApp(("Jobs:RunServer", "false"), ("Seed:PublishPastQuarters", "false"));
        var services = factory.Services;
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var sweeps = monitoring.EnqueuedJobs("default", 0, 100).Count(j => j.Value.Job?.Type == typeof(EscalationSweepJob));

        var steps = await services.GetRequiredService<EscalationSweepJob>().RunTodayAsync();
        var again = await services.GetRequiredService<EscalationCatchUp>().RunAsync();

        Assert.Equal(1, sweeps);
        Assert.True(steps > 0);
        Assert.False(again);
        Assert.Equal(0, await services.GetRequiredService<EscalationSweepJob>().RunTodayAsync());
    }

    [Fact]
    public void TheSweep_IsScheduledDaily_InTheOfficeTimeZone()
    {
        using var factory = new SettingsApp(("Jobs:RunServer", "false"), ("Seed:Enabled", "false"));

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs([RecurringJobIds.EscalationSweep]).Single();

        Assert.Equal(("30 1 * * *", "Asia/Shanghai"), (recurring.Cron, recurring.TimeZoneId));
    }

    [Fact]
    public async Task ASweptNotice_ChangesTheUnitsDeductions_OnApiScores()
    {
        using var factory = new SettingsApp(("Jobs:RunServer", "false"), ("Seed:Enabled", "false"));
        using var client = await factory.CreateApiClientAsync();
        var scenario = new ListBuilder(factory.Database);
        var task = scenario.Task("T1", "U", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        scenario.Report(task, new DateOnly(2026, 9, 30), 80);
        scenario.Notice("U", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10));
        scenario.Save();

        var before = await DeductionsAsync(client);
        await factory.Services.GetRequiredService<EscalationSweepJob>().RunTodayAsync();
        var after = await DeductionsAsync(client);
        var onTheYellowsDay = await DeductionsAsync(client, "2026-10-11");

        Assert.Equal((1m, 1m + 3m + 5m, 1m + 3m), (before, after, onTheYellowsDay));
    }

    [Theory]
    [InlineData("Escalation:YellowFixDays", "0")]
    [InlineData("Escalation:RedFixDays", "-3")]
    public void ABadEscalationSetting_StopsTheApp_NamingTheKey(string key, string value)
    {
        using var factory = new SettingsApp((key, value));

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key.Split(':')[1], ex.Message);
    }

    private static async Task<decimal> DeductionsAsync(HttpClient client, string asOf = "2026-11-25")
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/scores?asOf={asOf}");
        return body.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == "U").GetProperty("deductions").GetDecimal();
    }

    private sealed class SettingsApp(params (string Key, string Value)[] settings) : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value));
    }
}
