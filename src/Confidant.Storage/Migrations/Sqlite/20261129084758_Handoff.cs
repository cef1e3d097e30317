using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Confidant.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Handoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HandedOffAt",
                table: "conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_conversations_TenantId_HandedOffAt",
                table: "conversations",
                columns: new[] { "TenantId", "HandedOffAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_conversations_TenantId_HandedOffAt",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "HandedOffAt",
                table: "conversations");
        }
    }
}
