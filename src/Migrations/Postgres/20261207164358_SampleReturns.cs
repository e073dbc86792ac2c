using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SampleReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sample_returns",
                columns: table => new
                {
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SellerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Orders = table.Column<int>(type: "integer", nullable: false),
                    Gmv = table.Column<long>(type: "bigint", nullable: false),
                    PartnerCommission = table.Column<long>(type: "bigint", nullable: false),
                    AgencyShare = table.Column<long>(type: "bigint", nullable: false),
                    CreatorCommission = table.Column<long>(type: "bigint", nullable: false),
                    FirstSaleAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DaysToFirstSale = table.Column<int>(type: "integer", nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_returns", x => x.SampleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sample_returns_CreatorId",
                table: "sample_returns",
                column: "CreatorId");

            migrationBuilder.CreateIndex(
                name: "IX_sample_returns_MarketCode_CreatorId",
                table: "sample_returns",
                columns: new[] { "MarketCode", "CreatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_returns_SellerId_MarketCode",
                table: "sample_returns",
                columns: new[] { "SellerId", "MarketCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_returns");
        }
    }
}
