using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReversesId = table.Column<Guid>(type: "uuid", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PostedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CycleCloseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PayDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PayableAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
