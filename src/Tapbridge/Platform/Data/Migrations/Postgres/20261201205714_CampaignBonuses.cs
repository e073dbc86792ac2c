using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CampaignBonuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CampaignId",
                table: "creator_adjustments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "campaign_bonus_rules",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AmountPerOrder = table.Column<long>(type: "bigint", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatorsPaid = table.Column<int>(type: "integer", nullable: false),
                    TotalPaid = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_bonus_rules", x => x.CampaignId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_CampaignId",
                table: "creator_adjustments",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_bonus_rules_SettledAt",
                table: "campaign_bonus_rules",
                column: "SettledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_bonus_rules");

            migrationBuilder.DropIndex(
                name: "IX_creator_adjustments_CampaignId",
                table: "creator_adjustments");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "creator_adjustments");
        }
    }
}
