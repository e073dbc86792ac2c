using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderImportProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FinishedAt",
                table: "order_imports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProgressAt",
                table: "order_imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Imports recorded before this migration all finished: they were recorded only at their end.
            migrationBuilder.Sql("UPDATE order_imports SET \"FinishedAt\" = \"UploadedAt\", \"ProgressAt\" = \"UploadedAt\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "order_imports");

            migrationBuilder.DropColumn(
                name: "ProgressAt",
                table: "order_imports");
        }
    }
}
