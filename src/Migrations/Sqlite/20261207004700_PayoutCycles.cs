using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PayoutCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CutOffWeekday",
                table: "payout_schedules",
                type: "TEXT",
                maxLength: 9,
                nullable: false,
                defaultValue: "Monday");

            migrationBuilder.AddColumn<string>(
                name: "Cycle",
                table: "payout_schedules",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Monthly");

            migrationBuilder.AddColumn<int>(
                name: "PayAfterDays",
                table: "payout_schedules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "SecondCutOffDay",
                table: "payout_schedules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 16);

            migrationBuilder.AddColumn<int>(
                name: "SecondPayDay",
                table: "payout_schedules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 25);

            migrationBuilder.AddColumn<long>(
                name: "CutOffAt",
                table: "payout_batches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "EffectiveAt",
                table: "ledger_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Entries and batches from before cycles: an entry counted from when it was posted, a batch paid what was payable when it was prepared.
            migrationBuilder.Sql("UPDATE ledger_entries SET \"EffectiveAt\" = \"PostedAt\";");
            migrationBuilder.Sql("UPDATE payout_batches SET \"CutOffAt\" = \"PreparedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CutOffWeekday",
                table: "payout_schedules");

            migrationBuilder.DropColumn(
                name: "Cycle",
                table: "payout_schedules");

            migrationBuilder.DropColumn(
                name: "PayAfterDays",
                table: "payout_schedules");

            migrationBuilder.DropColumn(
                name: "SecondCutOffDay",
                table: "payout_schedules");

            migrationBuilder.DropColumn(
                name: "SecondPayDay",
                table: "payout_schedules");

            migrationBuilder.DropColumn(
                name: "CutOffAt",
                table: "payout_batches");

            migrationBuilder.DropColumn(
                name: "EffectiveAt",
                table: "ledger_entries");
        }
    }
}
