using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScreenBoard.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NoticeNumbers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FixDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeNumbers", x => x.Id);
                    table.CheckConstraint("CK_NoticeNumbers_Number", "Number >= 1");
                    table.ForeignKey(
                        name: "FK_NoticeNumbers_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeeklyBulletins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeeklyBulletins", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeNumbers_NoticeId_Step",
                table: "NoticeNumbers",
                columns: new[] { "NoticeId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeNumbers_Year_Step_Number",
                table: "NoticeNumbers",
                columns: new[] { "Year", "Step", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyBulletins_WeekStart",
                table: "WeeklyBulletins",
                column: "WeekStart",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeNumbers");

            migrationBuilder.DropTable(
                name: "WeeklyBulletins");
        }
    }
}
