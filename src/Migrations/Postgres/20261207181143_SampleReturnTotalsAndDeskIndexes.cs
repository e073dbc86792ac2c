using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SampleReturnTotalsAndDeskIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sample_return_totals",
                columns: table => new
                {
                    Grouping = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Key = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Samples = table.Column<int>(type: "integer", nullable: false),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    Orders = table.Column<int>(type: "integer", nullable: false),
                    Gmv = table.Column<long>(type: "bigint", nullable: false),
                    PartnerCommission = table.Column<long>(type: "bigint", nullable: false),
                    AgencyShare = table.Column<long>(type: "bigint", nullable: false),
                    CreatorCommission = table.Column<long>(type: "bigint", nullable: false),
                    DaysToFirstSale = table.Column<long>(type: "bigint", nullable: false),
                    FirstSales = table.Column<int>(type: "integer", nullable: false),
                    NoSale = table.Column<int>(type: "integer", nullable: false),
                    BelowCost = table.Column<int>(type: "integer", nullable: false),
                    UpTo3x = table.Column<int>(type: "integer", nullable: false),
                    UpTo10x = table.Column<int>(type: "integer", nullable: false),
                    From10x = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_return_totals", x => new { x.Grouping, x.MarketCode, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_AwaitingTikTok_MarketCode",
                table: "sample_requests",
                columns: new[] { "AwaitingTikTok", "MarketCode" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_RequestedAt_Id",
                table: "sample_requests",
                columns: new[] { "RequestedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_return_totals");

            migrationBuilder.DropIndex(
                name: "IX_sample_requests_AwaitingTikTok_MarketCode",
                table: "sample_requests");

            migrationBuilder.DropIndex(
                name: "IX_sample_requests_RequestedAt_Id",
                table: "sample_requests");
        }
    }
}
