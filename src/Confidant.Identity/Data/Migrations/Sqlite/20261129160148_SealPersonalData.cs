using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Confidant.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SealPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
