using Hangfire;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>
/// At start-up: if any notice has a step due (the server was down when the sweep should have run), the
/// sweep is enqueued once; it dates every step when it fell due, so nothing depends on when it runs.
/// </summary>
public sealed class EscalationCatchUp(EscalationSweepJob sweep, OfficeClock clock, IBackgroundJobClient jobs, ILogger<EscalationCatchUp> logger)
{
    /// <returns>True when the sweep was enqueued.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!await sweep.AnyDueAsync(clock.Today, cancellationToken))
        {
            return false;
        }

        jobs.Enqueue<EscalationSweepJob>(job => job.RunTodayAsync());
        logger.LogInformation("Notices have ladder steps due: the escalation sweep is enqueued");
        return true;
    }
}
