using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SkuId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PartnerCommission = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
