using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreatorSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "creators",
                type: "TEXT",
                maxLength: 150,
                nullable: false,
                defaultValue: "");

            // Creators saved before the column existed; new ones are folded in C# (Unicode-aware).
            migrationBuilder.Sql("UPDATE \"creators\" SET \"SearchText\" = lower(\"Handle\" || ' ' || \"DisplayName\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "creators");
        }
    }
}
