using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
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
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SellerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Gmv = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnerCommission = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyShare = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorCommission = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSaleAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DaysToFirstSale = table.Column<int>(type: "INTEGER", nullable: true),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
