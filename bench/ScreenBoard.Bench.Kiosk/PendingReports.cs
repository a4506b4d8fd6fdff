using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Bench.Kiosk;

/// <summary>
/// The demo list has only a handful of reviewed reports; the latency run accepts 20. Between the seeding start
/// and the measured start (server stopped), adds reviewed reports through the domain's entities: one per task,
/// tasks of as many different lead units as there are, each 30 points above the task's last accepted percent, so every acceptance
/// moves a unit's score.
/// </summary>
internal static class PendingReports
{
    public static async Task<IReadOnlyList<int>> AddReviewedAsync(string connectionString, int count, DateOnly date)
    {
        var options = new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(connectionString).Options;
        await using var db = new ScreenBoardDbContext(options);

        var pendingTasks = await db.Reports.Where(r => r.State == ReportState.Submitted || r.State == ReportState.Reviewed).Select(r => r.TaskId).Distinct().ToListAsync();
        var accepted = await db.Reports.Where(r => r.State == ReportState.Accepted)
            .Select(r => new { r.TaskId, r.ReportDate, r.Percent }).ToListAsync();
        var lastPercent = accepted.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.ReportDate)!.Percent);

        var tasks = await db.Tasks.Include(t => t.LeadUnit).Where(t => !t.IsClosedOut && t.Start <= date).OrderBy(t => t.Code).ToListAsync();
        var chosen = tasks
            .Where(t => !pendingTasks.Contains(t.Id) && lastPercent.GetValueOrDefault(t.Id) <= 70)
            .GroupBy(t => t.LeadUnitId)
            .SelectMany(g => g.Select((task, n) => (task, n)))
            .OrderBy(x => x.n)
            .Select(x => x.task)
            .Take(count)
            .ToList();
        if (chosen.Count < count)
        {
            throw new InvalidOperationException($"Only {chosen.Count} tasks can take a new report; {count} needed.");
        }

        var at = DateTimeOffset.UtcNow;
        var reports = chosen.Select(task =>
        {
            var report = new ProgressReport(task, task.LeadUnit, date, lastPercent.GetValueOrDefault(task.Id) + 30, "基准测试：进度报送（bench）", "bench", at);
            report.Review("bench", at);
            return report;
        }).ToList();
        db.Reports.AddRange(reports);
        await db.SaveChangesAsync();
        return reports.Select(r => r.Id).ToList();
    }

    public static async Task<int> CountAcceptedAsync(string connectionString, IReadOnlyList<int> ids)
    {
        var options = new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(connectionString).Options;
        await using var db = new ScreenBoardDbContext(options);
        return await db.Reports.CountAsync(r => ids.Contains(r.Id) && r.State == ReportState.Accepted);
    }
}
