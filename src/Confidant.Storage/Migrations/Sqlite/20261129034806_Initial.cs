using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Confidant.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetainUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageCount = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SealedState = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "data_keys",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyEncryptionKeyId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsageReserved = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_keys", x => new { x.TenantId, x.SubjectId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "key_erasures",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_erasures", x => new { x.TenantId, x.SubjectId });
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ConversationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetainUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SealedOriginal = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FindingsSummary = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subjects", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vault_entries",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DataClass = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BlindIndex = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedValue = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayHint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_entries", x => new { x.TenantId, x.Token });
                });

            migrationBuilder.CreateTable(
                name: "message_views",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MessageId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sink = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Sealed = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_views", x => new { x.TenantId, x.MessageId, x.Sink });
                    table.ForeignKey(
                        name: "FK_message_views_messages_TenantId_MessageId",
                        columns: x => new { x.TenantId, x.MessageId },
                        principalTable: "messages",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conversations_RetainUntil",
                table: "conversations",
                column: "RetainUntil");

            migrationBuilder.CreateIndex(
                name: "IX_conversations_TenantId_SubjectId",
                table: "conversations",
                columns: new[] { "TenantId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_data_keys_KeyEncryptionKeyId",
                table: "data_keys",
                column: "KeyEncryptionKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_RetainUntil",
                table: "messages",
                column: "RetainUntil");

            migrationBuilder.CreateIndex(
                name: "IX_messages_TenantId_ConversationId_Sequence",
                table: "messages",
                columns: new[] { "TenantId", "ConversationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_TenantId_SubjectId_KeyVersion",
                table: "messages",
                columns: new[] { "TenantId", "SubjectId", "KeyVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_vault_entries_ExpiresAt",
                table: "vault_entries",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_vault_entries_TenantId_SubjectId_DataClass_BlindIndex",
                table: "vault_entries",
                columns: new[] { "TenantId", "SubjectId", "DataClass", "BlindIndex" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "data_keys");

            migrationBuilder.DropTable(
                name: "key_erasures");

            migrationBuilder.DropTable(
                name: "message_views");

            migrationBuilder.DropTable(
                name: "subjects");

            migrationBuilder.DropTable(
                name: "tenants");

            migrationBuilder.DropTable(
                name: "vault_entries");

            migrationBuilder.DropTable(
                name: "messages");
        }
    }
}
