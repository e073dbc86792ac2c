using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BonusRecountAndPartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_order_lines_CreatorId_OrderedAt",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_line_earnings_CreatorId_Stage",
                table: "line_earnings");

            migrationBuilder.DropIndex(
                name: "IX_line_earnings_Stage_ConfirmDueAt",
                table: "line_earnings");

            migrationBuilder.AddColumn<long>(
                name: "RecountDueAt",
                table: "campaign_bonus_rules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Recounts",
                table: "campaign_bonus_rules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_CreatorId_OrderedAt",
                table: "order_lines",
                columns: new[] { "CreatorId", "OrderedAt" },
                filter: "\"CreatorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_ConfirmDue",
                table: "line_earnings",
                column: "ConfirmDueAt",
                filter: "\"Stage\" = 'Pending' AND \"ConfirmDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_CreatorId_Stage",
                table: "line_earnings",
                columns: new[] { "CreatorId", "Stage" },
                filter: "\"CreatorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_CycleClose",
                table: "line_earnings",
                column: "CycleCloseAt",
                filter: "\"Stage\" = 'Confirmed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_order_lines_CreatorId_OrderedAt",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_line_earnings_ConfirmDue",
                table: "line_earnings");

            migrationBuilder.DropIndex(
                name: "IX_line_earnings_CreatorId_Stage",
                table: "line_earnings");

            migrationBuilder.DropIndex(
                name: "IX_line_earnings_CycleClose",
                table: "line_earnings");

            migrationBuilder.DropColumn(
                name: "RecountDueAt",
                table: "campaign_bonus_rules");

            migrationBuilder.DropColumn(
                name: "Recounts",
                table: "campaign_bonus_rules");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_CreatorId_OrderedAt",
                table: "order_lines",
                columns: new[] { "CreatorId", "OrderedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_CreatorId_Stage",
                table: "line_earnings",
                columns: new[] { "CreatorId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_Stage_ConfirmDueAt",
                table: "line_earnings",
                columns: new[] { "Stage", "ConfirmDueAt" });
        }
    }
}
