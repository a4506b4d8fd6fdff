using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Bench.Inbox;

/// <summary>
/// Adds waiting reports to a seeded database through the domain's entities: 80 % reviewed (any unit), 20 % submitted by
/// units without a competent department, so every one of them waits in the office's inbox. Spread over the list's
/// started tasks, dated over the year, narratives of 150–600 characters.
/// </summary>
internal static class WaitingReports
{
    public static async Task<int> AddAsync(string connectionString, int count, DateOnly lastDate)
    {
        var options = new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite(connectionString).Options;
        await using var db = new ScreenBoardDbContext(options);
        var tasks = await db.Tasks.Include(t => t.LeadUnit).Where(t => t.Start <= lastDate && !t.IsClosedOut).OrderBy(t => t.Code).ToListAsync();
        var direct = tasks.Where(t => t.LeadUnit.ReviewingUnitId == null).ToList();
        var random = new Random(20261126);
        var at = DateTimeOffset.UtcNow;
        const string sentence = "本月完成项目现场踏勘与方案比选，召开专题协调会解决资金和用地问题，下一步加快推进施工并按节点报送佐证材料。";
        for (var i = 0; i < count; i++)
        {
            var reviewed = i % 5 != 0;
            var task = reviewed ? tasks[random.Next(tasks.Count)] : direct[random.Next(direct.Count)];
            var days = Math.Max(0, lastDate.DayNumber - task.Start.DayNumber);
            var date = task.Start.AddDays(random.Next(days + 1));
            var narrative = string.Concat(Enumerable.Repeat(sentence, 12))[..(150 + random.Next(450))];
            var report = new ProgressReport(task, task.LeadUnit, date, random.Next(101), narrative, "bench", at);
            if (reviewed)
            {
                report.Review("bench", at);
            }

            db.Reports.Add(report);
        }

        await db.SaveChangesAsync();
        return count;
    }
}
