using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TikTokStatementLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tiktok_statement_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SkuId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PartnerCommission = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tiktok_statement_lines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tiktok_statement_lines_MarketCode_Month",
                table: "tiktok_statement_lines",
                columns: new[] { "MarketCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_tiktok_statement_lines_MarketCode_OrderId_SkuId",
                table: "tiktok_statement_lines",
                columns: new[] { "MarketCode", "OrderId", "SkuId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tiktok_statement_lines");
        }
    }
}
