using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationsAndCreatorOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CrossBorder",
                table: "shops",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "CodePostedAt",
                table: "creators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "creators",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandleProof",
                table: "creators",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<long>(
                name: "HandleVerifiedAt",
                table: "creators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Niches",
                table: "creators",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "creators",
                type: "TEXT",
                maxLength: 150,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "creators",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<long>(
                name: "StatusChangedAt",
                table: "creators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusChangedBy",
                table: "creators",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "creators",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "creators",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "creators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrationId",
                table: "campaign_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "campaign_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SellerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShopName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    ImageUrls = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TopCategoryId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Skus = table.Column<string>(type: "TEXT", nullable: false),
                    LowestPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    HighestPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerRate = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatorRate = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalRate = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenCollaborationRate = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleQuota = table.Column<int>(type: "INTEGER", nullable: false),
                    SellingPoints = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredClaims = table.Column<string>(type: "TEXT", nullable: false),
                    ForbiddenClaims = table.Column<string>(type: "TEXT", nullable: false),
                    Hashtags = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RejectedForever = table.Column<bool>(type: "INTEGER", nullable: false),
                    RejectReasons = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductSales = table.Column<int>(type: "INTEGER", nullable: false),
                    Available = table.Column<bool>(type: "INTEGER", nullable: false),
                    TikTokCampaignId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TikTokSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TikTokStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TikTokPartnerRate = table.Column<int>(type: "INTEGER", nullable: true),
                    TikTokCreatorRate = table.Column<int>(type: "INTEGER", nullable: true),
                    TikTokSampleQuota = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    TikTokError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PromotionLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PromotionLinkAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Forwardable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaign_registrations_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => new { x.MarketCode, x.Id });
                });

            // Creators who signed up before onboarding existed were already working with the agency: they stay approved,
            // get a bio code (legacy codes may contain 0 and 1) and a search text (new rows are folded in C#).
            migrationBuilder.Sql("UPDATE \"creators\" SET \"Status\" = 'Approved', \"StatusChangedBy\" = 'Tapbridge upgrade', " +
                "\"VerificationCode\" = 'TB-' || upper(substr(hex(randomblob(4)), 1, 6)), \"SearchText\" = lower(\"Handle\" || ' ' || \"DisplayName\");");

            migrationBuilder.CreateTable(
                name: "creator_eligibility",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MinimumFollowers = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_eligibility", x => x.MarketCode);
                });

            migrationBuilder.CreateTable(
                name: "creator_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_creator_events_creators_CreatorId",
                        column: x => x.CreatorId,
                        principalTable: "creators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_sync_cursors",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TikTokCampaignId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PageToken = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastPassCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_sync_cursors", x => x.CampaignId);
                    table.ForeignKey(
                        name: "FK_registration_sync_cursors_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_creators_Status_MarketCode_CreatedAt",
                table: "creators",
                columns: new[] { "Status", "MarketCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_events_RegistrationId_At",
                table: "campaign_events",
                columns: new[] { "RegistrationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_CampaignId_ProductId",
                table: "campaign_registrations",
                columns: new[] { "CampaignId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_catalogue_category",
                table: "campaign_registrations",
                columns: new[] { "MarketCode", "TopCategoryId", "TotalRate", "CampaignId", "TikTokCampaignId" },
                filter: "\"Forwardable\"");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_catalogue_newest",
                table: "campaign_registrations",
                columns: new[] { "MarketCode", "StatusChangedAt", "CampaignId", "TikTokCampaignId" },
                filter: "\"Forwardable\"");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_catalogue_rate",
                table: "campaign_registrations",
                columns: new[] { "MarketCode", "TotalRate", "CampaignId", "TikTokCampaignId" },
                filter: "\"Forwardable\"");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_catalogue_subcategory",
                table: "campaign_registrations",
                columns: new[] { "MarketCode", "CategoryId", "TotalRate", "CampaignId", "TikTokCampaignId" },
                filter: "\"Forwardable\"");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_SellerId_Status",
                table: "campaign_registrations",
                columns: new[] { "SellerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_registrations_Status_MarketCode_RegisteredAt",
                table: "campaign_registrations",
                columns: new[] { "Status", "MarketCode", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_creator_events_CreatorId_At",
                table: "creator_events",
                columns: new[] { "CreatorId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_registrations");

            migrationBuilder.DropTable(
                name: "categories");

            migrationBuilder.DropTable(
                name: "creator_eligibility");

            migrationBuilder.DropTable(
                name: "creator_events");

            migrationBuilder.DropTable(
                name: "registration_sync_cursors");

            migrationBuilder.DropIndex(
                name: "IX_creators_Status_MarketCode_CreatedAt",
                table: "creators");

            migrationBuilder.DropIndex(
                name: "IX_campaign_events_RegistrationId_At",
                table: "campaign_events");

            migrationBuilder.DropColumn(
                name: "CrossBorder",
                table: "shops");

            migrationBuilder.DropColumn(
                name: "CodePostedAt",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "HandleProof",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "HandleVerifiedAt",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "Niches",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "StatusChangedBy",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "creators");

            migrationBuilder.DropColumn(
                name: "RegistrationId",
                table: "campaign_events");
        }
    }
}
