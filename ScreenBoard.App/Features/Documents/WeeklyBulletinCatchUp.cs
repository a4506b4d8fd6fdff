using Hangfire;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Bulletins;

namespace ScreenBoard.App.Features.Documents;

/// <summary>At start-up: if last week has no bulletin (the server was down on Monday), the job is enqueued for it, once.</summary>
public sealed class WeeklyBulletinCatchUp(WeeklyBulletinQueries queries, OfficeClock clock, IBackgroundJobClient jobs, ILogger<WeeklyBulletinCatchUp> logger)
{
    /// <returns>The week enqueued, or null when it is kept already.</returns>
    public async Task<DateOnly?> RunAsync(CancellationToken cancellationToken = default)
    {
        var week = WeeklyBulletin.LastWeekBefore(clock.Today);
        if (await queries.ExistsAsync(week, cancellationToken))
        {
            return null;
        }

        jobs.Enqueue<WeeklyBulletinJob>(job => job.RunAsync(week, CancellationToken.None));
        logger.LogInformation("No weekly bulletin for the week of {Week}: the job is enqueued for it", week);
        return week;
    }
}
