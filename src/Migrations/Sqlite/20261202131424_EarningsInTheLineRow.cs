using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EarningsInTheLineRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ConfirmDueAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConfirmedAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CycleCloseAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EarningCampaignId",
                table: "order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EarningCreatorId",
                table: "order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarningCurrency",
                table: "order_lines",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EarningDeliveredAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarningMarketCode",
                table: "order_lines",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarningOpenRequest",
                table: "order_lines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EarningOrderedAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EarningVersion",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Frozen",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HoldClearedAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Memo",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MemoCreatorId",
                table: "order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PayDate",
                table: "order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PayableAt",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Receivable",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Share",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ShareCreatorId",
                table: "order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ShareRate",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShareRateSource",
                table: "order_lines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "order_lines",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "order_lines",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.Sql(EarningsInTheLineRowCopy.IntoLines);

            migrationBuilder.DropTable(
                name: "line_earnings");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_ConfirmDue",
                table: "order_lines",
                column: "ConfirmDueAt",
                filter: "\"Stage\" = 'Pending' AND \"ConfirmDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_CycleClose",
                table: "order_lines",
                column: "CycleCloseAt",
                filter: "\"Stage\" = 'Confirmed'");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines",
                columns: new[] { "EarningCreatorId", "Stage" },
                filter: "\"EarningCreatorId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "line_earnings",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CycleCloseAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Frozen = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldClearedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Memo = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoCreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenRequest = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrderedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PayDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayableAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Receivable = table.Column<long>(type: "INTEGER", nullable: false),
                    Share = table.Column<long>(type: "INTEGER", nullable: false),
                    ShareCreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShareRate = table.Column<int>(type: "INTEGER", nullable: false),
                    ShareRateSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_line_earnings", x => x.LineId);
                });

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

            migrationBuilder.Sql(EarningsInTheLineRowCopy.BackToEarnings);

            migrationBuilder.DropIndex(
                name: "IX_order_lines_ConfirmDue",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_CycleClose",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ConfirmDueAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "CycleCloseAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningCampaignId",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningCreatorId",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningCurrency",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningDeliveredAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningMarketCode",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningOpenRequest",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningOrderedAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "EarningVersion",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Frozen",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "HoldClearedAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Memo",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "MemoCreatorId",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "PayDate",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "PayableAt",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Receivable",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Share",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ShareCreatorId",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ShareRate",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ShareRateSource",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "order_lines");
        }
    }
}
