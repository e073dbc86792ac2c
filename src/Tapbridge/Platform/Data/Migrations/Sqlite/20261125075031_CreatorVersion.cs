using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Platform.Data.Migrations.Sqlite
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
                type: "INTEGER",
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
