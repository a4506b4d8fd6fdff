using Hangfire;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.App.Features.Documents;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Jobs;

/// <summary>
/// Every start's job work: the recurring schedule (which opens Hangfire's storage), the quarter and ladder
/// catch-ups, the notices' 文号 and the weekly bulletin's catch-up. It runs once the server listens
/// (<see cref="StartedAsync"/>), the database is ready and the board has been read once (<see cref="StartupGate"/>),
/// not before, so screens waiting for a restarted server get their first answer without waiting for it
/// (docs/decisions/022, 027). The host's start still ends only when it is done (hosts in tests see its effects at
/// once) and a failure still stops the app, as before.
/// </summary>
public sealed class JobsAtStart(IServiceProvider services) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        // After the board's first read: a restarted server's first screens get their answer before the catch-ups run.
        var gate = services.GetRequiredService<StartupGate>();
        if (!await gate.WaitAsync(cancellationToken))
        {
            return;
        }

        await gate.FirstBoard.WaitAsync(cancellationToken);
        var clock = services.GetRequiredService<OfficeClock>();
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<QuarterlyScoresJob>(
            RecurringJobIds.QuarterlyScores,
            job => job.RunForLastEndedQuarterAsync(CancellationToken.None),
            RecurringJobIds.QuarterlyScoresCron,
            new RecurringJobOptions { TimeZone = clock.Zone });
        recurring.AddOrUpdate<EscalationSweepJob>(
            RecurringJobIds.EscalationSweep,
            job => job.RunTodayAsync(),
            RecurringJobIds.EscalationSweepCron,
            new RecurringJobOptions { TimeZone = clock.Zone });
        services.ScheduleChasing();
        await services.GetRequiredService<QuarterCatchUp>().RunAsync(cancellationToken);
        await services.GetRequiredService<EscalationCatchUp>().RunAsync(cancellationToken);
        await services.StartDocumentsAsync();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
