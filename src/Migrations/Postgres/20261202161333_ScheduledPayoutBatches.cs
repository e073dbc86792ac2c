using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScheduledPayoutBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "payout_batches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "payout_batches",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedById",
                table: "payout_batches",
                type: "uuid",
                nullable: true);

            // Batches before the scheduler were prepared by a Finance user, who is their reviewer.
            migrationBuilder.Sql("UPDATE payout_batches SET \"ReviewedById\" = \"PreparedById\", \"ReviewedBy\" = \"PreparedBy\", \"ReviewedAt\" = \"PreparedAt\";");

            migrationBuilder.CreateIndex(
                name: "IX_payout_batches_PayDate",
                table: "payout_batches",
                columns: new[] { "MarketCode", "PayDate" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payout_batches_PayDate",
                table: "payout_batches");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "payout_batches");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "payout_batches");

            migrationBuilder.DropColumn(
                name: "ReviewedById",
                table: "payout_batches");
        }
    }
}
