using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ScreenBoard.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScreenPairingsPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScreenPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ClaimKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: true),
                    Profile = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreenPairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreenPairings_ScreenDevices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "ScreenDevices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScreenPairings_Code",
                table: "ScreenPairings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreenPairings_DeviceId",
                table: "ScreenPairings",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreenPairings_ExpiresAt",
                table: "ScreenPairings",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScreenPairings");
        }
    }
}
