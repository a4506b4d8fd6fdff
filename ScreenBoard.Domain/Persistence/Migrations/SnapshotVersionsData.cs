namespace ScreenBoard.Domain.Persistence.Migrations;

/// <summary>
/// The data steps of the <c>SnapshotVersions</c> migration, kept apart from the generated schema steps so
/// a regenerated migration can call them again: <c>migrationBuilder.Sql(SnapshotVersionsData.Up)</c> after
/// the columns are added and before the new unique index; <c>Down</c> before the old index comes back.
/// </summary>
public static class SnapshotVersionsData
{
    /// <summary>Every snapshot published before versions existed becomes its quarter's version 1 (a draft stays 0).</summary>
    public const string Up =
        """
        UPDATE "Snapshots" SET "PublishedVersion" = 1 WHERE "PublishedAt" IS NOT NULL;
        """;

    /// <summary>
    /// Back to one snapshot per quarter: only each quarter's newest version is kept (with its rows);
    /// the older versions' rows and headers are deleted.
    /// </summary>
    public const string Down =
        """
        CREATE TEMP TABLE "OlderSnapshotVersions" AS
            SELECT s."Id" FROM "Snapshots" AS s
            WHERE EXISTS (SELECT 1 FROM "Snapshots" AS n
                          WHERE n."Year" = s."Year" AND n."Quarter" = s."Quarter" AND n."PublishedVersion" > s."PublishedVersion");
        DELETE FROM "TaskSnapshotRows" WHERE "SnapshotId" IN (SELECT "Id" FROM "OlderSnapshotVersions");
        DELETE FROM "UnitSnapshotRows" WHERE "SnapshotId" IN (SELECT "Id" FROM "OlderSnapshotVersions");
        DELETE FROM "Snapshots" WHERE "Id" IN (SELECT "Id" FROM "OlderSnapshotVersions");
        DROP TABLE "OlderSnapshotVersions";
        """;
}
