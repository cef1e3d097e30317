using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Confidant.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PackedViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "SealedViews",
                table: "messages",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SealedViews",
                table: "messages");
        }
    }
}
