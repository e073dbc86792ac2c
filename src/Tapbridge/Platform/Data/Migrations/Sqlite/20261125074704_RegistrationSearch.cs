using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "campaign_registrations",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            // Rows saved before the column existed; later changes refold them in C# (Unicode-aware).
            migrationBuilder.Sql("UPDATE \"campaign_registrations\" SET \"SearchText\" = lower(\"Title\" || ' ' || \"ShopName\" || ' ' || \"CategoryName\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "campaign_registrations");
        }
    }
}
