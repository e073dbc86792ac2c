using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderRequestsAndCreatorLegIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_legs_Account_CreatorId_Currency",
                table: "ledger_legs");

            migrationBuilder.CreateTable(
                name: "order_requests",
                columns: table => new
                {
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Requests = table.Column<string>(type: "text", nullable: false),
                    Hold = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_requests", x => x.OrderId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_legs_CreatorId_Account_Currency",
                table: "ledger_legs",
                columns: new[] { "CreatorId", "Account", "Currency" },
                filter: "\"CreatorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_order_requests_UpdatedAt",
                table: "order_requests",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_requests");

            migrationBuilder.DropIndex(
                name: "IX_ledger_legs_CreatorId_Account_Currency",
                table: "ledger_legs");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_legs_Account_CreatorId_Currency",
                table: "ledger_legs",
                columns: new[] { "Account", "CreatorId", "Currency" });
        }
    }
}
