using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScreenBoard.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoveringReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_TaskId_State_ReportDate",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TaskId_State_ReportDate_AcceptedAt_Percent",
                table: "Reports",
                columns: new[] { "TaskId", "State", "ReportDate", "AcceptedAt", "Percent" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_TaskId_State_ReportDate_AcceptedAt_Percent",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TaskId_State_ReportDate",
                table: "Reports",
                columns: new[] { "TaskId", "State", "ReportDate" });
        }
    }
}
