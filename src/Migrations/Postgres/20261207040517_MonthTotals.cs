using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines");

            migrationBuilder.CreateTable(
                name: "creator_balances",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Payable = table.Column<long>(type: "bigint", nullable: false),
                    InPayout = table.Column<long>(type: "bigint", nullable: false),
                    Paid = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_balances", x => new { x.CreatorId, x.Currency });
                });

            migrationBuilder.CreateTable(
                name: "creator_campaign_totals",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<long>(type: "bigint", nullable: false),
                    Memo = table.Column<long>(type: "bigint", nullable: false),
                    Latest = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_campaign_totals", x => new { x.CreatorId, x.CampaignId });
                });

            migrationBuilder.CreateTable(
                name: "creator_month_totals",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Own = table.Column<bool>(type: "boolean", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<long>(type: "bigint", nullable: false),
                    Memo = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_month_totals", x => new { x.CreatorId, x.Month, x.Stage, x.Own });
                });

            migrationBuilder.CreateTable(
                name: "market_month_totals",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false),
                    Gmv = table.Column<long>(type: "bigint", nullable: false),
                    ReceivableEstimated = table.Column<long>(type: "bigint", nullable: false),
                    ReceivableActual = table.Column<long>(type: "bigint", nullable: false),
                    Pending = table.Column<long>(type: "bigint", nullable: false),
                    Confirmed = table.Column<long>(type: "bigint", nullable: false),
                    Payable = table.Column<long>(type: "bigint", nullable: false),
                    Memo = table.Column<long>(type: "bigint", nullable: false),
                    Discrepancies = table.Column<int>(type: "integer", nullable: false),
                    Unmatched = table.Column<int>(type: "integer", nullable: false),
                    Settled = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_month_totals", x => new { x.MarketCode, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "market_months",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_months", x => new { x.MarketCode, x.StartsAt });
                });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines",
                columns: new[] { "MarketCode", "OrderedAt", "Id" },
                descending: new[] { false, true, false },
                filter: "\"Discrepancy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines",
                columns: new[] { "EarningCreatorId", "Stage", "ConfirmDueAt" },
                filter: "\"EarningCreatorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_StatusNewest",
                table: "order_lines",
                columns: new[] { "Status", "OrderedAt", "Id" },
                descending: new[] { false, true, false });

            // The calendar, the triggers that keep the totals, and the totals filled from the rows stored so far (ADR 23).
            foreach (var sql in Tapbridge.Modules.Commissions.Totals.TotalsTriggers.Create(postgres: true))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Tapbridge.Modules.Commissions.Totals.TotalsTriggers.Drop(postgres: true))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "creator_balances");

            migrationBuilder.DropTable(
                name: "creator_campaign_totals");

            migrationBuilder.DropTable(
                name: "creator_month_totals");

            migrationBuilder.DropTable(
                name: "market_month_totals");

            migrationBuilder.DropTable(
                name: "market_months");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_StatusNewest",
                table: "order_lines");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines",
                columns: new[] { "OrderedAt", "Id" },
                descending: new[] { true, false },
                filter: "\"Discrepancy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_EarningCreator",
                table: "order_lines",
                columns: new[] { "EarningCreatorId", "Stage" },
                filter: "\"EarningCreatorId\" IS NOT NULL");
        }
    }
}
