using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_order_lines_CampaignNewest",
                table: "order_lines",
                columns: new[] { "CampaignId", "OrderedAt", "Id" },
                descending: new[] { false, true, false },
                filter: "\"CampaignId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines",
                columns: new[] { "OrderedAt", "Id" },
                descending: new[] { true, false },
                filter: "\"Discrepancy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_EarningCreatorNewest",
                table: "order_lines",
                columns: new[] { "EarningCreatorId", "EarningOrderedAt", "Id", "Stage", "EarningCampaignId", "ShareCreatorId", "Share", "Memo", "EarningCurrency", "Frozen", "EarningMarketCode", "Receivable", "ShareRate", "ShareRateSource", "EarningVersion" },
                descending: new[] { false, true, false, false, false, false, false, false, false, false, false, false, false, false, false },
                filter: "\"EarningCreatorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_MarketNewest",
                table: "order_lines",
                columns: new[] { "MarketCode", "OrderedAt", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_Newest",
                table: "order_lines",
                columns: new[] { "OrderedAt", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_ProductNewest",
                table: "order_lines",
                columns: new[] { "ProductId", "OrderedAt", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_UsernameNewest",
                table: "order_lines",
                columns: new[] { "CreatorUsername", "OrderedAt", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_order_lines_CampaignNewest",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_Differs",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_EarningCreatorNewest",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_MarketNewest",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_Newest",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_ProductNewest",
                table: "order_lines");

            migrationBuilder.DropIndex(
                name: "IX_order_lines_UsernameNewest",
                table: "order_lines");
        }
    }
}
