using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Persistence;

/// <summary>A database from before versions, with a published and a draft quarter, migrated to SnapshotVersions.</summary>
public sealed class SnapshotVersionsMigrationTests : IDisposable
{
    private const string BeforeVersions = "20261125190326_Initial";
    private static readonly long At = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero))!;
    // SQLite only: it migrates through SQLite's own migration history; PostgreSQL starts at its one initial migration.
    private readonly TestDatabase _database = new(DatabaseProvider.Sqlite, migrate: false);

    public SnapshotVersionsMigrationTests()
    {
        using var db = _database.CreateDbContext();
        db.GetService<IMigrator>().Migrate(BeforeVersions);
        Execute($$"""
            INSERT INTO "Snapshots" ("Id", "Year", "Quarter", "ListId", "EvaluationDate", "ComputedAt", "RuleParameters", "PublishedAt", "PublishedBy", "Version")
            VALUES (1, 2026, 1, 1, '2026-03-31', {{At}}, '{}', {{At}}, '督查室', 1),
                   (2, 2026, 2, 1, '2026-06-30', {{At}}, '{}', NULL, NULL, 0);
            INSERT INTO "UnitSnapshotRows" ("SnapshotId", "UnitId", "UnitCode", "BaseScore", "Deductions", "Score", "Rank")
            VALUES (1, 10, 'A', '79.8', '0', '79.8', 1), (1, 11, 'B', '60', '0', '60', 2), (2, 10, 'A', '50', '0', '50', 1);
            INSERT INTO "TaskSnapshotRows" ("SnapshotId", "TaskId", "TaskCode", "LeadUnitId", "Start", "Deadline", "Expected", "Actual", "Status", "FlagLabel", "Points")
            VALUES (1, 100, 'TA', 10, '2026-01-01', '2026-12-31', '0.25', '0.2', 'Lagging', '滞后', '79.8');
            """);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task APublishedQuarter_BecomesVersionOne_WithItsRows()
    {
        Migrate();

        var store = new SnapshotStore(_database);
        var v1 = await store.FindAsync(new QuarterId(2026, 1), version: 1);
        Assert.Equal(1, v1!.PublishedVersion);
        Assert.Equal(["A:79.8:1", "B:60:2"], v1.UnitRows.OrderBy(r => r.UnitCode).Select(r => $"{r.UnitCode}:{r.Score}:{r.Rank}"));
        Assert.Equal("TA", Assert.Single(v1.TaskRows).TaskCode);
        var versions = await store.VersionsAsync(new QuarterId(2026, 1));
        Assert.Equal((1, "督查室", null), (Assert.Single(versions).PublishedVersion, versions[0].PublishedBy, versions[0].Reason));
        Assert.Equal([1], (await store.PublishedUnitScoresAsync()).Select(r => r.Quarter.Quarter).Distinct());
    }

    [Fact]
    public async Task ADraft_StaysADraft()
    {
        Migrate();

        var store = new SnapshotStore(_database);
        var draft = await store.FindAsync(new QuarterId(2026, 2));
        Assert.Equal((0, false), (draft!.PublishedVersion, draft.IsPublished));
        Assert.Empty(await store.VersionsAsync(new QuarterId(2026, 2)));
    }

    [Fact]
    public void MigratingDown_KeepsEachQuartersNewestVersion()
    {
        Migrate();
        Execute($$"""
            INSERT INTO "Snapshots" ("Id", "Year", "Quarter", "ListId", "EvaluationDate", "ComputedAt", "RuleParameters", "PublishedAt", "PublishedBy", "Version", "PublishedVersion", "Reason")
            VALUES (3, 2026, 1, 1, '2026-03-31', {{At}}, '{}', {{At}}, '督查室', 1, 2, '补录');
            INSERT INTO "UnitSnapshotRows" ("SnapshotId", "UnitId", "UnitCode", "BaseScore", "Deductions", "Score", "Rank")
            VALUES (3, 10, 'A', '81', '0', '81', 1);
            """);

        using (var db = _database.CreateDbContext())
        {
            db.GetService<IMigrator>().Migrate(BeforeVersions);
        }

        Assert.Equal("2:1 3:1", Scalar("""SELECT group_concat("Id" || ':' || (SELECT count(*) FROM "UnitSnapshotRows" r WHERE r."SnapshotId" = s."Id"), ' ') FROM (SELECT * FROM "Snapshots" ORDER BY "Id") s"""));
    }

    private void Migrate()
    {
        using var db = _database.CreateDbContext();
        db.Database.Migrate();
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string? Scalar(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
