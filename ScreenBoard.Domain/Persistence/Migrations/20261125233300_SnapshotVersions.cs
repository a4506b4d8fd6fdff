using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScreenBoard.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SnapshotVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Snapshots_Year_Quarter",
                table: "Snapshots");

            migrationBuilder.AddColumn<int>(
                name: "PublishedVersion",
                table: "Snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Snapshots",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Data: published quarters become version 1 (kept apart so a regenerated migration can reuse it).
            migrationBuilder.Sql(SnapshotVersionsData.Up);

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Year_Quarter_PublishedVersion",
                table: "Snapshots",
                columns: new[] { "Year", "Quarter", "PublishedVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Data: one snapshot per quarter again (its newest version) before the old unique index returns.
            migrationBuilder.Sql(SnapshotVersionsData.Down);

            migrationBuilder.DropIndex(
                name: "IX_Snapshots_Year_Quarter_PublishedVersion",
                table: "Snapshots");

            migrationBuilder.DropColumn(
                name: "PublishedVersion",
                table: "Snapshots");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Snapshots");

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Year_Quarter",
                table: "Snapshots",
                columns: new[] { "Year", "Quarter" },
                unique: true);
        }
    }
}
