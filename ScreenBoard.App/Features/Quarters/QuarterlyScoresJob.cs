using ScreenBoard.App.Jobs;
using Hangfire;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>
/// 季度集中通报: computes the snapshot of the quarter that just ended. Safe to run twice or on two
/// workers at once (the store upserts by quarter); never touches a published snapshot.
/// </summary>
public sealed class QuarterlyScoresJob(QuarterCommands commands, OfficeClock clock, ILogger<QuarterlyScoresJob> logger)
{
    /// <summary>The actor the audit trail names for the job.</summary>
    public const string Actor = "job:" + RecurringJobIds.QuarterlyScores;

    /// <summary>The recurring entry point: the last quarter that ended before today (office time zone).</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task<SnapshotOutcome> RunForLastEndedQuarterAsync(CancellationToken cancellationToken)
    {
        var quarter = QuarterId.LastEndedBefore(clock.Today);
        return RunAsync(quarter.Year, quarter.Quarter, cancellationToken);
    }

    /// <summary>One quarter, by its year and number.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task<SnapshotOutcome> RunAsync(int year, int quarter, CancellationToken cancellationToken)
    {
        var id = new QuarterId(year, quarter).Validate();
        var outcome = await commands.ComputeAsync(id, ScreenBoard.Domain.Auditing.Actor.System(Actor), republish: false, cancellationToken);
        logger.LogInformation("Quarterly scores for {Quarter}: {Outcome}", id, outcome);
        return outcome;
    }
}
