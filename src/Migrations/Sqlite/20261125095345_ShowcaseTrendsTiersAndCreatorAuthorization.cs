using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShowcaseTrendsTiersAndCreatorAuthorization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CreatorId",
                table: "tiktok_connection_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MonthlyGmv",
                table: "creators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "creators",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Newbie");

            migrationBuilder.AddColumn<long>(
                name: "TierCalculatedAt",
                table: "creators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesLastWeek",
                table: "campaign_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SalesWeekBefore",
                table: "campaign_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TrendScore",
                table: "campaign_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "campaign_memberships",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_memberships", x => new { x.CreatorId, x.CampaignId });
                });

            migrationBuilder.CreateTable(
                name: "creator_tier_thresholds",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Silver = table.Column<long>(type: "INTEGER", nullable: false),
                    Gold = table.Column<long>(type: "INTEGER", nullable: false),
                    Platinum = table.Column<long>(type: "INTEGER", nullable: false),
                    Diamond = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_tier_thresholds", x => x.MarketCode);
                });

            migrationBuilder.CreateTable(
                name: "creator_tiktok_authorizations",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "TEXT", nullable: false),
                    AccessTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", nullable: false),
                    RefreshTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GrantedScopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AuthorizedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_tiktok_authorizations", x => x.CreatorId);
                });

            migrationBuilder.CreateTable(
                name: "link_clicks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShowcaseItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferrerHost = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    Device = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisitorHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IpHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_clicks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sales_days",
                columns: table => new
                {
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitsSold = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sales_days", x => new { x.RegistrationId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "showcase_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProductId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatorRate = table.Column<int>(type: "INTEGER", nullable: false),
                    TikTokLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_showcase_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitor_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitor_keys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_creator_tiktok_authorizations_OpenId",
                table: "creator_tiktok_authorizations",
                column: "OpenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_link_clicks_CreatorId_Day",
                table: "link_clicks",
                columns: new[] { "CreatorId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_link_clicks_ShowcaseItemId_VisitorHash_At",
                table: "link_clicks",
                columns: new[] { "ShowcaseItemId", "VisitorHash", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_showcase_items_Code",
                table: "showcase_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_showcase_items_CreatorId_RegistrationId",
                table: "showcase_items",
                columns: new[] { "CreatorId", "RegistrationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_showcase_items_MarketCode_ProductId",
                table: "showcase_items",
                columns: new[] { "MarketCode", "ProductId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_memberships");

            migrationBuilder.DropTable(
                name: "creator_tier_thresholds");

            migrationBuilder.DropTable(
                name: "creator_tiktok_authorizations");

            migrationBuilder.DropTable(
                name: "link_clicks");

            migrationBuilder.DropTable(
                name: "sales_days");

            migrationBuilder.DropTable(
                name: "showcase_items");

            migrationBuilder.DropTable(
                name: "visitor_keys");

            migrationBuilder.DropColumn(
                name: "CreatorId",
                table: "tiktok_connection_attempts");

            migrationBuilder.DropColumn(
                name: "MonthlyGmv",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "TierCalculatedAt",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "SalesLastWeek",
                table: "campaign_registrations");

            migrationBuilder.DropColumn(
                name: "SalesWeekBefore",
                table: "campaign_registrations");

            migrationBuilder.DropColumn(
                name: "TrendScore",
                table: "campaign_registrations");
        }
    }
}
