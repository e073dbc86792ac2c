using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatementPagesAndStoppedImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StoppedAt",
                table: "order_imports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries",
                columns: new[] { "CreatorId", "Currency", "EffectiveAt", "SourceKey", "PostedAt", "CreatorPayable" },
                filter: "\"CreatorPayable\" <> 0 OR \"CreatorInPayout\" <> 0 OR \"CreatorPaid\" <> 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "StoppedAt",
                table: "order_imports");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Payable",
                table: "ledger_entries",
                columns: new[] { "CreatorId", "Currency" },
                filter: "\"CreatorPayable\" <> 0 OR \"CreatorInPayout\" <> 0 OR \"CreatorPaid\" <> 0");
        }
    }
}
