using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SyncRunPagination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "pagination",
                schema: "ingest",
                table: "sync_run",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "pagination",
                schema: "ingest",
                table: "sync_run");
        }
    }
}
