using Hangfire;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Escalation;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Ladder;

/// <summary>
/// 梯次传导加压, daily: every open notice whose fix deadline has passed climbs the steps that fell due,
/// each dated the day it fell due (docs/decisions/014). Safe to run twice, after days of downtime, or on
/// two workers at once: each notice is its own IMMEDIATE write that re-checks what is due inside it.
/// </summary>
public sealed class EscalationSweepJob(
    IDbContextFactory<ScreenBoardDbContext> contextFactory, LadderCommands commands, OfficeClock clock, ILogger<EscalationSweepJob> logger)
{
    /// <summary>The actor the audit trail names for the sweep.</summary>
    public static readonly Actor Actor = Actor.System("job:" + RecurringJobIds.EscalationSweep);

    /// <summary>The recurring and start-up entry point: today in the office's time zone.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task<int> RunTodayAsync() => RunAsync(clock.Today);

    /// <summary>Sweeps as on <paramref name="today"/>.</summary>
    /// <returns>How many steps were taken.</returns>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var taken = 0;
        foreach (var id in await DueAsync(today, cancellationToken))
        {
            var (result, steps) = await commands.SweepAsync(id, today, Actor, cancellationToken);
            if (!result.Succeeded)
            {
                logger.LogWarning("Escalation sweep: notice {NoticeId} was not escalated ({Error} {Message})", id, result.Error, result.MessageKey);
                continue;
            }

            taken += steps!.Count;
        }

        logger.LogInformation("Escalation sweep for {Today}: {Steps} step(s) taken", today, taken);
        return taken;
    }

    /// <summary>Whether any notice has a step due by <paramref name="today"/> (the start-up catch-up asks).</summary>
    public async Task<bool> AnyDueAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        (await DueAsync(today, cancellationToken)).Count > 0;

    /// <summary>
    /// The candidates, read without a lock: open, not yet a red card, fix deadline before today. Each is
    /// checked again inside its own write.
    /// </summary>
    private async Task<IReadOnlyList<int>> DueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notices.AsNoTracking()
            .Where(n => n.ResolvedOn == null && n.RedCardOn == null && n.FixDeadline < today)
            .OrderBy(n => n.Id)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
    }
}
