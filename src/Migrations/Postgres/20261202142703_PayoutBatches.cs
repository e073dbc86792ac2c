using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PayoutBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CreatorInPayout",
                table: "ledger_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CreatorPaid",
                table: "ledger_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "payout_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PayDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PreparedById = table.Column<Guid>(type: "uuid", nullable: false),
                    PreparedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PreparedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Included = table.Column<int>(type: "integer", nullable: false),
                    Held = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payout_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HoldReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MethodId = table.Column<Guid>(type: "uuid", nullable: true),
                    Provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HolderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AccountLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payout_lines_payout_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "payout_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries",
                columns: new[] { "CreatorId", "Currency" },
                filter: "\"CreatorPayable\" <> 0 OR \"CreatorInPayout\" <> 0 OR \"CreatorPaid\" <> 0");

            migrationBuilder.CreateIndex(
                name: "IX_payout_batches_MarketCode_PreparedAt",
                table: "payout_batches",
                columns: new[] { "MarketCode", "PreparedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payout_batches_Open",
                table: "payout_batches",
                column: "MarketCode",
                unique: true,
                filter: "\"Status\" IN ('Prepared', 'Approved')");

            migrationBuilder.CreateIndex(
                name: "IX_payout_lines_BatchId_Number",
                table: "payout_lines",
                columns: new[] { "BatchId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payout_lines_CreatorId",
                table: "payout_lines",
                column: "CreatorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payout_lines");

            migrationBuilder.DropTable(
                name: "payout_batches");

            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "CreatorInPayout",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "CreatorPaid",
                table: "ledger_entries");
        }
    }
}
