using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreatorOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // Creators who signed up before onboarding existed were already working with the agency: they stay approved.
            migrationBuilder.Sql("UPDATE \"creators\" SET \"Status\" = 'Approved', \"StatusChangedBy\" = 'Tapbridge upgrade';");

            // Creators who signed up before onboarding get a bio code (legacy codes may contain 0 and 1).
            migrationBuilder.Sql("UPDATE \"creators\" SET \"VerificationCode\" = 'TB-' || upper(substr(hex(randomblob(4)), 1, 6)) WHERE \"VerificationCode\" = '';");

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

            migrationBuilder.CreateIndex(
                name: "IX_creators_Status_MarketCode_CreatedAt",
                table: "creators",
                columns: new[] { "Status", "MarketCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_creator_events_CreatorId_At",
                table: "creator_events",
                columns: new[] { "CreatorId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "creator_eligibility");

            migrationBuilder.DropTable(
                name: "creator_events");

            migrationBuilder.DropIndex(
                name: "IX_creators_Status_MarketCode_CreatedAt",
                table: "creators");

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
        }
    }
}
