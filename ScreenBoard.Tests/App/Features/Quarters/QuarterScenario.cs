using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Quarters;

/// <summary>
/// Three units, one task each, all due 2026-06-30. On 2026Q2's last day: C completed (100, rank 1),
/// B at 50 % (50.00, rank 2), A never reported (0.00, rank 3). A report of A's dated 06-20 and accepted
/// late (<see cref="AcceptLateReportOfA"/>) moves A to 80.00 and rank 2, and B to rank 3; C does not move.
/// </summary>
public static class QuarterScenario
{
    public static readonly QuarterId Q2 = new(2026, 2);

    public static void Build(TestDatabase database)
    {
        static DateOnly D(int m, int d) => new(2026, m, d);
        var b = new ListBuilder(database);
        b.Task("TA", "A", D(1, 1), D(6, 30));
        var tb = b.Task("TB", "B", D(1, 1), D(6, 30));
        var tc = b.Task("TC", "C", D(1, 1), D(6, 30));
        b.Report(tb, D(6, 1), 50).Report(tc, D(6, 15), 100);
        b.Save();
    }

    /// <summary>A's 80 % report dated 06-20, accepted after the quarter was published.</summary>
    public static void AcceptLateReportOfA(TestDatabase database)
    {
        using var db = database.CreateDbContext();
        var task = db.Tasks.Include(t => t.LeadUnit).Single(t => t.Code == "TA");
        var at = new DateTimeOffset(2026, 7, 5, 9, 0, 0, TimeSpan.FromHours(8));
        var report = new ProgressReport(task, task.LeadUnit, new DateOnly(2026, 6, 20), 80, "补报", "填报员", at);
        report.Review("主管部门", at);
        report.Accept("督查室", at);
        db.Reports.Add(report);
        db.SaveChanges();
    }
}
