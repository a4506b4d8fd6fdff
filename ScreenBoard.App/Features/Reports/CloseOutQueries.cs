using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Reports;

/// <summary>Where a task stands for 销号: closed or not, by whom and why, and its latest accepted percent (docs/scoring.md §2).</summary>
public sealed record CloseOutState(
    int TaskId,
    string Code,
    string Title,
    long Version,
    bool IsClosedOut,
    string? ClosedOutBy,
    DateTimeOffset? ClosedOutAt,
    string? ClosedOutNote,
    int LatestAcceptedPercent)
{
    /// <summary>The office may close it out now: open, and its latest accepted report says 100 %.</summary>
    public bool CanCloseOut => !IsClosedOut && LatestAcceptedPercent == 100;
}

/// <summary>Reads a task's close-out state for the inbox and the task page, so components never reach into persistence.</summary>
public sealed class CloseOutQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    public async Task<CloseOutState?> ForTaskAsync(int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.Id, t.Code, t.Title, t.Version, t.IsClosedOut, t.ClosedOutBy, t.ClosedOutAt, t.ClosedOutNote })
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var latest = await LatestAcceptedPercentAsync(db, taskId, cancellationToken);
        return new CloseOutState(task.Id, task.Code, task.Title, task.Version, task.IsClosedOut, task.ClosedOutBy, task.ClosedOutAt, task.ClosedOutNote, latest);
    }

    /// <summary>The percent of the task's latest accepted report (docs/scoring.md §2, <see cref="ActualProgress.On"/> over all of them); 0 when none.</summary>
    internal static async Task<int> LatestAcceptedPercentAsync(ScreenBoardDbContext db, int taskId, CancellationToken cancellationToken)
    {
        var accepted = await db.Reports.AsNoTracking()
            .Where(r => r.TaskId == taskId && r.State == ReportState.Accepted)
            .Select(r => new { r.ReportDate, r.Percent, r.AcceptedAt })
            .ToListAsync(cancellationToken);
        var latest = ActualProgress.On(DateOnly.MaxValue, accepted.Select(r => new AcceptedReport(r.ReportDate, r.Percent, r.AcceptedAt ?? DateTimeOffset.MinValue)));
        return (int)(latest * 100m);
    }
}
