using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
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
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CutOffDay = table.Column<int>(type: "INTEGER", nullable: false),
                    PayDay = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumPayout = table.Column<long>(type: "INTEGER", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
