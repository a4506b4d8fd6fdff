using Hangfire;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Bulletins;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// 周通报, every Monday (<see cref="RecurringJobIds.WeeklyBulletinCron"/>, office zone): keeps the bulletin of
/// the week that just ended. Running it again, or after days of downtime, keeps one bulletin per week.
/// </summary>
public sealed class WeeklyBulletinJob(WeeklyBulletinCommands commands, OfficeClock clock, ILogger<WeeklyBulletinJob> logger)
{
    /// <summary>The actor the audit trail names for the job.</summary>
    public static readonly Actor Actor = Actor.System("job:" + RecurringJobIds.WeeklyBulletin);

    /// <summary>The recurring and start-up entry point: the last whole week before today in the office's zone.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task<bool> RunForLastWeekAsync(CancellationToken cancellationToken) => RunAsync(WeeklyBulletin.LastWeekBefore(clock.Today), cancellationToken);

    /// <returns>True when a bulletin was written, false when the week had one.</returns>
    public async Task<bool> RunAsync(DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        var (result, created) = await commands.GenerateAsync(weekStart, Actor, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The weekly bulletin of {weekStart:yyyy-MM-dd} was not kept: {result.Error} {result.MessageKey}");
        }

        logger.LogInformation("Weekly bulletin of {WeekStart}: {Outcome}", weekStart, created ? "kept" : "already kept");
        return created;
    }
}
