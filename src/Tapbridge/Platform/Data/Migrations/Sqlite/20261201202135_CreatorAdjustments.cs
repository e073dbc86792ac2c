using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreatorAdjustments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "creator_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PostedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CycleCloseAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PayDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PayableAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_adjustments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_CreatorId_PostedAt",
                table: "creator_adjustments",
                columns: new[] { "CreatorId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_IdempotencyKey",
                table: "creator_adjustments",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_ReversesId",
                table: "creator_adjustments",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_Stage_CycleCloseAt",
                table: "creator_adjustments",
                columns: new[] { "Stage", "CycleCloseAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "creator_adjustments");
        }
    }
}
