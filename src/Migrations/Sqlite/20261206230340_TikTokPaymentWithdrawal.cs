using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "tiktok_payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "tiktok_payments",
                type: "TEXT",
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
