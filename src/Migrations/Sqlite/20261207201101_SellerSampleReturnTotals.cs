using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SellerSampleReturnTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Totals are derived: emptied, the next sample-returns pass writes them again, sellers' own included.
            migrationBuilder.Sql("DELETE FROM sample_return_totals;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_sample_return_totals",
                table: "sample_return_totals");

            migrationBuilder.AddColumn<Guid>(
                name: "SellerId",
                table: "sample_return_totals",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_sample_return_totals",
                table: "sample_return_totals",
                columns: new[] { "Grouping", "SellerId", "MarketCode", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_sample_return_totals",
                table: "sample_return_totals");

            migrationBuilder.DropColumn(
                name: "SellerId",
                table: "sample_return_totals");

            migrationBuilder.AddPrimaryKey(
                name: "PK_sample_return_totals",
                table: "sample_return_totals",
                columns: new[] { "Grouping", "MarketCode", "Key" });
        }
    }
}
