using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TikTokPaymentWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tiktok_payments_MarketCode_Reference",
                table: "tiktok_payments");

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "tiktok_payments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "tiktok_payments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "tiktok_payments",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_tiktok_payments_MarketCode_Reference",
                table: "tiktok_payments",
                columns: new[] { "MarketCode", "Reference" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tiktok_payments_MarketCode_Reference",
                table: "tiktok_payments");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "tiktok_payments");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "tiktok_payments");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "tiktok_payments");

            migrationBuilder.CreateIndex(
                name: "IX_tiktok_payments_MarketCode_Reference",
                table: "tiktok_payments",
                columns: new[] { "MarketCode", "Reference" },
                unique: true);
        }
    }
}
