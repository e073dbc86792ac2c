using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PayoutSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payout_schedules",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CutOffDay = table.Column<int>(type: "integer", nullable: false),
                    PayDay = table.Column<int>(type: "integer", nullable: false),
                    MinimumPayout = table.Column<long>(type: "bigint", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_schedules", x => x.MarketCode);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payout_schedules");
        }
    }
}
