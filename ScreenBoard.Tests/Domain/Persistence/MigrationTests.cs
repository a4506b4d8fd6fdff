using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public void Migrate_OnAnEmptyFile_CreatesEveryTableAndLeavesNothingPending()
    {
        using var database = new TestDatabase(migrate: false);
        using var db = database.CreateDbContext();

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        var tables = TableNames(db, database.Provider);
        Assert.Superset(
            new HashSet<string> { "Units", "Lists", "Tasks", "Milestones", "TaskCoUnits", "Reports", "Notices", "Snapshots", "TaskSnapshotRows", "UnitSnapshotRows", "AuditEntries" },
            tables);
    }

    [Fact]
    public void SavedTask_RoundTripsThroughTheFile()
    {
        using var database = new TestDatabase();
        using (var db = database.CreateDbContext())
        {
            var task = Build.Task(start: new DateOnly(2026, 2, 1), deadline: new DateOnly(2026, 6, 30));
            task.AddMilestone("开工", new DateOnly(2026, 3, 31), 0.3m);
            db.Lists.Add(task.List);
            db.SaveChanges();
        }

        using var read = database.CreateDbContext();
        var loaded = read.Tasks.Include(t => t.Milestones).Single();

        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 6, 30)), (loaded.Start, loaded.Deadline));
        Assert.Equal(0.3m, loaded.Milestones.Single().Share);
    }

    [Fact]
    public void StaleEdit_OfAReport_IsReportedNotOverwritten()
    {
        using var database = new TestDatabase();
        using (var db = database.CreateDbContext())
        {
            var task = Build.Task();
            db.Lists.Add(task.List);
            db.Reports.Add(new ProgressReport(task, task.LeadUnit, new DateOnly(2026, 4, 20), 40, "进展顺利", "填报员", Build.Noon));
            db.SaveChanges();
        }

        using var first = database.CreateDbContext();
        using var second = database.CreateDbContext();
        first.Reports.Single().Review("主管部门甲", Build.Noon);
        second.Reports.Single().Return("主管部门乙", Build.Noon, "材料不全");
        first.SaveChanges();

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = database.CreateDbContext();
        Assert.Equal(ReportState.Reviewed, check.Reports.Single().State);
    }

    private static HashSet<string> TableNames(ScreenBoardDbContext db, DatabaseProvider provider)
    {
        var sql = provider == DatabaseProvider.PostgreSql
            ? "SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name AS Value FROM sqlite_master WHERE type = 'table'";
        return [.. db.Database.SqlQueryRaw<string>(sql)];
    }
}
