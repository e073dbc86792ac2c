using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MonthlyGmv",
                table: "creators",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "creators",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Newbie");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TierCalculatedAt",
                table: "creators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesLastWeek",
                table: "campaign_registrations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SalesWeekBefore",
                table: "campaign_registrations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TrendScore",
                table: "campaign_registrations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "campaign_memberships",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_memberships", x => new { x.CreatorId, x.CampaignId });
                });

            migrationBuilder.CreateTable(
                name: "creator_tier_thresholds",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Silver = table.Column<long>(type: "bigint", nullable: false),
                    Gold = table.Column<long>(type: "bigint", nullable: false),
                    Platinum = table.Column<long>(type: "bigint", nullable: false),
                    Diamond = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_tier_thresholds", x => x.MarketCode);
                });

            migrationBuilder.CreateTable(
                name: "creator_tiktok_authorizations",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "text", nullable: false),
                    AccessTokenExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: false),
                    RefreshTokenExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GrantedScopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AuthorizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revoked = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_tiktok_authorizations", x => x.CreatorId);
                });

            migrationBuilder.CreateTable(
                name: "link_clicks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShowcaseItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferrerHost = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    Device = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisitorHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IpHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_clicks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sales_days",
                columns: table => new
                {
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitsSold = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sales_days", x => new { x.RegistrationId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "showcase_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ProductId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatorRate = table.Column<int>(type: "integer", nullable: false),
                    TikTokLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Verification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_showcase_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitor_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProtectedKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
