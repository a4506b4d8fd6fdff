using Hangfire;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Quarters;

/// <summary>
/// At start-up: if the last ended quarter has no snapshot (the server was down on the 1st), the
/// quarterly job is enqueued for it, once.
/// </summary>
public sealed class QuarterCatchUp(SnapshotStore store, OfficeClock clock, IBackgroundJobClient jobs, ILogger<QuarterCatchUp> logger)
{
    /// <returns>The quarter enqueued, or null when its snapshot exists already.</returns>
    public async Task<QuarterId?> RunAsync(CancellationToken cancellationToken = default)
    {
        var quarter = QuarterId.LastEndedBefore(clock.Today);
        if (await store.FindHeaderAsync(quarter, cancellationToken) is not null)
        {
            return null;
        }

        jobs.Enqueue<QuarterlyScoresJob>(job => job.RunAsync(quarter.Year, quarter.Quarter, CancellationToken.None));
        logger.LogInformation("No snapshot for {Quarter}: the quarterly job is enqueued for it", quarter);
        return quarter;
    }
}
