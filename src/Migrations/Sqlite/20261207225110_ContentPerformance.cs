using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TikTokId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CoverUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedTimeKnown = table.Column<bool>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    Likes = table.Column<long>(type: "INTEGER", nullable: false),
                    Comments = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Gmv = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasuredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EarlyViews = table.Column<long>(type: "INTEGER", nullable: true),
                    EarlyOrders = table.Column<int>(type: "INTEGER", nullable: true),
                    EarlyMeasured = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_snapshots",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    Likes = table.Column<long>(type: "INTEGER", nullable: false),
                    Comments = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Gmv = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_snapshots", x => new { x.PostId, x.TakenAt });
                });

            migrationBuilder.CreateTable(
                name: "content_sync_cursors",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PageToken = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastPassCompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_sync_cursors", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "creator_click_days",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Clicks = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_click_days", x => new { x.CreatorId, x.Day, x.RegistrationId });
                });

            migrationBuilder.CreateTable(
                name: "creator_content_days",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    Likes = table.Column<long>(type: "INTEGER", nullable: false),
                    Comments = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Gmv = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_content_days", x => new { x.CreatorId, x.Day, x.RegistrationId });
                });

            migrationBuilder.CreateTable(
                name: "creator_sales_days",
                columns: table => new
                {
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Gmv = table.Column<long>(type: "INTEGER", nullable: false),
                    TikTokCommission = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyShare = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_sales_days", x => new { x.CreatorId, x.Day, x.RegistrationId });
                });

            migrationBuilder.CreateTable(
                name: "market_offsets",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OffsetMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_offsets", x => new { x.MarketCode, x.StartsAt });
                });

            migrationBuilder.CreateTable(
                name: "market_posting_advice",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_posting_advice", x => x.MarketCode);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_posts_CreatorId_PostedAt",
                table: "content_posts",
                columns: new[] { "CreatorId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_posts_TikTokId",
                table: "content_posts",
                column: "TikTokId",
                unique: true);

            // The market offsets, the triggers that keep the creators' days, and the days filled from the rows stored so far (ADR 30).
            foreach (var sql in Tapbridge.Modules.Performance.Activity.ActivityTotals.Create(postgres: false))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Tapbridge.Modules.Performance.Activity.ActivityTotals.Drop(postgres: false))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "content_posts");

            migrationBuilder.DropTable(
                name: "content_snapshots");

            migrationBuilder.DropTable(
                name: "content_sync_cursors");

            migrationBuilder.DropTable(
                name: "creator_click_days");

            migrationBuilder.DropTable(
                name: "creator_content_days");

            migrationBuilder.DropTable(
                name: "creator_sales_days");

            migrationBuilder.DropTable(
                name: "market_offsets");

            migrationBuilder.DropTable(
                name: "market_posting_advice");
        }
    }
}
