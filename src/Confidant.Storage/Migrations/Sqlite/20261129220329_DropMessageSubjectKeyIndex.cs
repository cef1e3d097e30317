using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Confidant.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropMessageSubjectKeyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_messages_TenantId_SubjectId_KeyVersion",
                table: "messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_messages_TenantId_SubjectId_KeyVersion",
                table: "messages",
                columns: new[] { "TenantId", "SubjectId", "KeyVersion" });
        }
    }
}
