using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreatorVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "creators",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "creators");
        }
    }
}
