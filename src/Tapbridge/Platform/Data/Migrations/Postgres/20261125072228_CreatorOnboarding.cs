using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreatorOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CodePostedAt",
                table: "creators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "creators",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandleProof",
                table: "creators",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HandleVerifiedAt",
                table: "creators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Niches",
                table: "creators",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "creators",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StatusChangedAt",
                table: "creators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusChangedBy",
                table: "creators",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "creators",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "creators",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            // Creators who signed up before onboarding existed were already working with the agency: they stay approved.
            migrationBuilder.Sql("UPDATE \"creators\" SET \"Status\" = 'Approved', \"StatusChangedBy\" = 'Tapbridge upgrade';");

            // Creators who signed up before onboarding get a bio code (legacy codes may contain 0 and 1).
            migrationBuilder.Sql("UPDATE \"creators\" SET \"VerificationCode\" = 'TB-' || upper(substr(md5(random()::text), 1, 6)) WHERE \"VerificationCode\" = '';");

            migrationBuilder.CreateTable(
                name: "creator_eligibility",
                columns: table => new
                {
                    MarketCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    MinimumFollowers = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creator_eligibility", x => x.MarketCode);
                });

            migrationBuilder.CreateTable(
                name: "creator_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
