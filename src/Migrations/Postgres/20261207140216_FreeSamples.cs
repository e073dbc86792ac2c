using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FreeSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sample_addresses",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_addresses", x => x.CreatorId);
                });

            migrationBuilder.CreateTable(
                name: "sample_policies",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    MinFollowers = table.Column<int>(type: "integer", nullable: false),
                    MinTier = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MinFulfilmentPercent = table.Column<int>(type: "integer", nullable: false),
                    MaxOpen = table.Column<int>(type: "integer", nullable: false),
                    ReviewHours = table.Column<int>(type: "integer", nullable: false),
                    ContentDays = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_policies", x => x.MarketCode);
                });

            migrationBuilder.CreateTable(
                name: "sample_quota_uses",
                columns: table => new
                {
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Booked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_quota_uses", x => x.RegistrationId);
                });

            migrationBuilder.CreateTable(
                name: "sample_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SellerId = table.Column<Guid>(type: "uuid", nullable: true),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ProductId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProductTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SkuId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SkuName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CancelReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    RejectReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RejectNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PlannedPostOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    OnTikTok = table.Column<bool>(type: "boolean", nullable: false),
                    AwaitingTikTok = table.Column<bool>(type: "boolean", nullable: false),
                    TikTokStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TikTokSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Carrier = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ShippingCost = table.Column<long>(type: "bigint", nullable: true),
                    ShippedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContentDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContentUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverdueNoticeSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sample_sync_cursors",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PageToken = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastPassCompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_sync_cursors", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_CreatorId_RequestedAt",
                table: "sample_requests",
                columns: new[] { "CreatorId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_MarketCode_Stage_ReviewDueAt",
                table: "sample_requests",
                columns: new[] { "MarketCode", "Stage", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_OneOpen",
                table: "sample_requests",
                columns: new[] { "CreatorId", "RegistrationId" },
                unique: true,
                filter: "\"Stage\" IN ('Requested', 'AwaitingShipment', 'Shipped', 'ContentDue')");

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_RegistrationId_Stage",
                table: "sample_requests",
                columns: new[] { "RegistrationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_SellerId_RequestedAt",
                table: "sample_requests",
                columns: new[] { "SellerId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sample_requests_Stage_ContentDueAt",
                table: "sample_requests",
                columns: new[] { "Stage", "ContentDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_addresses");

            migrationBuilder.DropTable(
                name: "sample_policies");

            migrationBuilder.DropTable(
                name: "sample_quota_uses");

            migrationBuilder.DropTable(
                name: "sample_requests");

            migrationBuilder.DropTable(
                name: "sample_sync_cursors");
        }
    }
}
