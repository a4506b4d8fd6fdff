using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Briefing;

/// <summary>
/// The app with the demo list on 2026-11-25: 2026Q1–Q3 published (the demo's past briefings), and a
/// draft of 2026Q4 computed by the office. No job server.
/// </summary>
public sealed class BriefingApp : AppFactory, IAsyncLifetime
{
    public static readonly QuarterId Published = new(2026, 3);
    public static readonly QuarterId Draft = new(2026, 4);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Jobs:RunServer", "false")];

    public async Task InitializeAsync()
    {
        using (CreateClient())
        {
            // Starting the host migrates the database and loads the demo list.
        }

        var outcome = await Services.GetRequiredService<QuarterCommands>().ComputeAsync(Draft, TestActors.Office);
        Assert.Equal(SnapshotOutcome.Created, outcome);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
