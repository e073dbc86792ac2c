using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SampleProductRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sample_requests_AwaitingTikTok_MarketCode",
                table: "sample_requests");

            migrationBuilder.CreateTable(
                name: "sample_product_rules",
                columns: table => new
                {
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MinFollowers = table.Column<int>(type: "INTEGER", nullable: true),
                    MinTier = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    MinFulfilmentPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_product_rules", x => x.RegistrationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_AwaitingTikTok",
                table: "sample_requests",
                column: "MarketCode",
                filter: "\"AwaitingTikTok\"");

            migrationBuilder.CreateIndex(
                name: "IX_sample_product_rules_MarketCode",
                table: "sample_product_rules",
                column: "MarketCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_product_rules");

            migrationBuilder.DropIndex(
                name: "IX_sample_requests_AwaitingTikTok",
                table: "sample_requests");

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_AwaitingTikTok_MarketCode",
                table: "sample_requests",
                columns: new[] { "AwaitingTikTok", "MarketCode" });
        }
    }
}
