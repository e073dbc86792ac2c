using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrdersAndCommissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SellerId",
                table: "tiktok_connection_attempts",
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
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "creator_share_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Rate = table.Column<int>(type: "integer", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_share_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    SourceKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    TikTokReceivable = table.Column<long>(type: "bigint", nullable: false),
                    CommissionRevenue = table.Column<long>(type: "bigint", nullable: false),
                    CreatorShareExpense = table.Column<long>(type: "bigint", nullable: false),
                    CreatorPending = table.Column<long>(type: "bigint", nullable: false),
                    CreatorConfirmed = table.Column<long>(type: "bigint", nullable: false),
                    CreatorPayable = table.Column<long>(type: "bigint", nullable: false),
                    TikTokPaidCreatorCommission = table.Column<long>(type: "bigint", nullable: false),
                    TikTokPaidCreatorCommissionContra = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.SourceKey);
                });

            migrationBuilder.CreateTable(
                name: "line_earnings",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ShareRate = table.Column<int>(type: "integer", nullable: false),
                    ShareRateSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Receivable = table.Column<long>(type: "bigint", nullable: false),
                    Share = table.Column<long>(type: "bigint", nullable: false),
                    ShareCreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Memo = table.Column<long>(type: "bigint", nullable: false),
                    MemoCreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HoldClearedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CycleCloseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PayableAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PayDate = table.Column<DateOnly>(type: "date", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Frozen = table.Column<bool>(type: "boolean", nullable: false),
                    OpenRequest = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_line_earnings", x => x.LineId);
                });

            migrationBuilder.CreateTable(
                name: "missing_order_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Answer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missing_order_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    New = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Stale = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    ErrorsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SkuId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProductId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TikTokCampaignId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatorUsername = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attribution = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ContentId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    ReturnedQuantity = table.Column<int>(type: "integer", nullable: false),
                    RefundedQuantity = table.Column<int>(type: "integer", nullable: false),
                    TapRate = table.Column<int>(type: "integer", nullable: false),
                    CreatorRate = table.Column<int>(type: "integer", nullable: false),
                    PartnerRewardRate = table.Column<int>(type: "integer", nullable: false),
                    CreatorRewardRate = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OrderedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpectedBase = table.Column<long>(type: "bigint", nullable: false),
                    ExpectedTap = table.Column<long>(type: "bigint", nullable: false),
                    ExpectedCreator = table.Column<long>(type: "bigint", nullable: false),
                    Discrepancy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpenRequest = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LastSource = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Actual_Base = table.Column<long>(type: "bigint", nullable: false),
                    Actual_Creator = table.Column<long>(type: "bigint", nullable: false),
                    Actual_CreatorReward = table.Column<long>(type: "bigint", nullable: false),
                    Actual_PartnerReward = table.Column<long>(type: "bigint", nullable: false),
                    Actual_Tap = table.Column<long>(type: "bigint", nullable: false),
                    Estimated_Base = table.Column<long>(type: "bigint", nullable: false),
                    Estimated_Creator = table.Column<long>(type: "bigint", nullable: false),
                    Estimated_CreatorReward = table.Column<long>(type: "bigint", nullable: false),
                    Estimated_PartnerReward = table.Column<long>(type: "bigint", nullable: false),
                    Estimated_Tap = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_poll_cursors",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    HighWater = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WindowStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WindowEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PageToken = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LinesRead = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_poll_cursors", x => x.MarketCode);
                });

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

            migrationBuilder.CreateTable(
                name: "seller_tiktok_authorizations",
                columns: table => new
                {
                    SellerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Shops = table.Column<string>(type: "text", nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "text", nullable: false),
                    AccessTokenExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: false),
                    GrantedScopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AuthorizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seller_tiktok_authorizations", x => x.SellerId);
                });

            migrationBuilder.CreateTable(
                name: "webhook_notifications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    ShopId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BodyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_line_changes",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_line_changes", x => new { x.LineId, x.Version });
                    table.ForeignKey(
                        name: "FK_order_line_changes_order_lines_LineId",
                        column: x => x.LineId,
                        principalTable: "order_lines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_bonus_rules_SettledAt",
                table: "campaign_bonus_rules",
                column: "SettledAt");

            migrationBuilder.CreateIndex(
                name: "IX_creator_adjustments_CampaignId",
                table: "creator_adjustments",
                column: "CampaignId");

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

            migrationBuilder.CreateIndex(
                name: "IX_creator_share_rules_MarketCode_Key",
                table: "creator_share_rules",
                columns: new[] { "MarketCode", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_LineId_PostedAt",
                table: "ledger_entries",
                columns: new[] { "LineId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_CreatorId_Stage",
                table: "line_earnings",
                columns: new[] { "CreatorId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_line_earnings_Stage_ConfirmDueAt",
                table: "line_earnings",
                columns: new[] { "Stage", "ConfirmDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_order_reports_CreatorId_ReportedAt",
                table: "missing_order_reports",
                columns: new[] { "CreatorId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_order_reports_Status_ReportedAt",
                table: "missing_order_reports",
                columns: new[] { "Status", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_order_imports_MarketCode_FileHash",
                table: "order_imports",
                columns: new[] { "MarketCode", "FileHash" });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_CreatorId_OrderedAt",
                table: "order_lines",
                columns: new[] { "CreatorId", "OrderedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_MarketCode_OrderId_SkuId",
                table: "order_lines",
                columns: new[] { "MarketCode", "OrderId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_MarketCode_Status_OrderedAt",
                table: "order_lines",
                columns: new[] { "MarketCode", "Status", "OrderedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_Unmatched",
                table: "order_lines",
                columns: new[] { "MarketCode", "OrderedAt" },
                filter: "\"Attribution\" = 'Unmatched'");

            migrationBuilder.CreateIndex(
                name: "IX_order_requests_UpdatedAt",
                table: "order_requests",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_notifications_OrderId",
                table: "webhook_notifications",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_notifications_ProcessedAt_NextAttemptAt",
                table: "webhook_notifications",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_bonus_rules");

            migrationBuilder.DropTable(
                name: "creator_adjustments");

            migrationBuilder.DropTable(
                name: "creator_share_rules");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "line_earnings");

            migrationBuilder.DropTable(
                name: "missing_order_reports");

            migrationBuilder.DropTable(
                name: "order_imports");

            migrationBuilder.DropTable(
                name: "order_line_changes");

            migrationBuilder.DropTable(
                name: "order_poll_cursors");

            migrationBuilder.DropTable(
                name: "order_requests");

            migrationBuilder.DropTable(
                name: "seller_tiktok_authorizations");

            migrationBuilder.DropTable(
                name: "webhook_notifications");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropColumn(
                name: "SellerId",
                table: "tiktok_connection_attempts");
        }
    }
}
