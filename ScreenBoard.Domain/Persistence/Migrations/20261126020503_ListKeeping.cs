using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ScreenBoard.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListKeeping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedOutNote",
                table: "Tasks",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SourceDate",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceLeader",
                table: "Tasks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceReference",
                table: "Tasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceText",
                table: "Tasks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedOutNote",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SourceDate",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SourceLeader",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SourceReference",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SourceText",
                table: "Tasks");
        }
    }
}
