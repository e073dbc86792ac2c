using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tapbridge.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LineHistoryWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_order_line_changes_order_lines_LineId",
                table: "order_line_changes");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_order_line_changes_order_lines_LineId",
                table: "order_line_changes",
                column: "LineId",
                principalTable: "order_lines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
