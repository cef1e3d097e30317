using Confidant.Storage.Conversations;
using Confidant.Storage.Keys;
using Confidant.Storage.Ledger;
using Confidant.Storage.Vault;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage;

/// <summary>
/// The project database. One model for both providers; each provider has its own context type only
/// so that it can carry its own migrations (<see cref="SqliteConfidantDbContext"/>,
/// <see cref="PostgresConfidantDbContext"/>). Every table's key starts with the tenant id, so a
/// distributed PostgreSQL can shard by tenant.
/// </summary>
public abstract class ConfidantDbContext : DbContext, IDataProtectionKeyContext
{
    /// <summary>Creates the context.</summary>
    protected ConfidantDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal DbSet<TenantRow> Tenants => Set<TenantRow>();

    internal DbSet<SubjectRow> Subjects => Set<SubjectRow>();

    internal DbSet<DataKeyRow> DataKeys => Set<DataKeyRow>();

    internal DbSet<KeyErasureRow> KeyErasures => Set<KeyErasureRow>();

    internal DbSet<ConversationRow> Conversations => Set<ConversationRow>();

    internal DbSet<MessageRow> Messages => Set<MessageRow>();

    internal DbSet<MessageViewRow> MessageViews => Set<MessageViewRow>();

    internal DbSet<VaultEntryRow> VaultEntries => Set<VaultEntryRow>();

    internal DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    internal DbSet<AuditHashRow> AuditHashes => Set<AuditHashRow>();

    internal DbSet<AuditHeadRow> AuditHead => Set<AuditHeadRow>();

    internal DbSet<AuditCheckpointRow> AuditCheckpoints => Set<AuditCheckpointRow>();

    internal DbSet<AuditSigningKeyRow> AuditSigningKeys => Set<AuditSigningKeyRow>();

    /// <summary>
    /// ASP.NET Core Data Protection's key ring (cookie keys), shared by every server node. Each
    /// key's XML is stored encrypted by the server under the key-encryption key provider, so this
    /// table alone opens nothing.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        const int IdLength = 128;

        modelBuilder.Entity<TenantRow>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasMaxLength(IdLength);
        });

        modelBuilder.Entity<SubjectRow>(e =>
        {
            e.ToTable("subjects");
            e.HasKey(s => new { s.TenantId, s.Id });
            e.Property(s => s.TenantId).HasMaxLength(IdLength);
            e.Property(s => s.Id).HasMaxLength(IdLength);
        });

        modelBuilder.Entity<DataKeyRow>(e =>
        {
            e.ToTable("data_keys");
            e.HasKey(k => new { k.TenantId, k.SubjectId, k.Version });
            e.Property(k => k.TenantId).HasMaxLength(IdLength);
            e.Property(k => k.SubjectId).HasMaxLength(IdLength);
            e.Property(k => k.KeyEncryptionKeyId).HasMaxLength(IdLength);
            e.HasIndex(k => k.KeyEncryptionKeyId);
        });

        modelBuilder.Entity<KeyErasureRow>(e =>
        {
            e.ToTable("key_erasures");
            e.HasKey(k => new { k.TenantId, k.SubjectId });
            e.Property(k => k.TenantId).HasMaxLength(IdLength);
            e.Property(k => k.SubjectId).HasMaxLength(IdLength);
        });

        modelBuilder.Entity<ConversationRow>(e =>
        {
            e.ToTable("conversations");
            e.HasKey(c => new { c.TenantId, c.Id });
            e.Property(c => c.TenantId).HasMaxLength(IdLength);
            e.Property(c => c.SubjectId).HasMaxLength(IdLength);
            e.HasIndex(c => new { c.TenantId, c.SubjectId });
            e.HasIndex(c => c.RetainUntil);
            e.HasIndex(c => new { c.TenantId, c.HandedOffAt });
        });

        modelBuilder.Entity<MessageRow>(e =>
        {
            e.ToTable("messages");
            e.HasKey(m => new { m.TenantId, m.Id });
            e.Property(m => m.TenantId).HasMaxLength(IdLength);
            e.Property(m => m.SubjectId).HasMaxLength(IdLength);
            e.Property(m => m.FindingsSummary).HasMaxLength(2048);
            e.HasIndex(m => new { m.TenantId, m.ConversationId, m.Sequence }).IsUnique();
            e.HasIndex(m => m.RetainUntil);
            e.HasMany(m => m.Views).WithOne().HasForeignKey(v => new { v.TenantId, v.MessageId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MessageViewRow>(e =>
        {
            e.ToTable("message_views");
            e.HasKey(v => new { v.TenantId, v.MessageId, v.Sink });
            e.Property(v => v.TenantId).HasMaxLength(IdLength);
            e.Property(v => v.Sink).HasMaxLength(64);
        });

        modelBuilder.Entity<VaultEntryRow>(e =>
        {
            e.ToTable("vault_entries");
            e.HasKey(v => new { v.TenantId, v.Token });
            e.Property(v => v.TenantId).HasMaxLength(IdLength);
            e.Property(v => v.Token).HasMaxLength(200);
            e.Property(v => v.SubjectId).HasMaxLength(IdLength);
            e.Property(v => v.DataClass).HasMaxLength(64);
            e.Property(v => v.DisplayHint).HasMaxLength(64);
            e.HasIndex(v => new { v.TenantId, v.SubjectId, v.DataClass, v.BlindIndex }).IsUnique();
            e.HasIndex(v => v.ExpiresAt);
        });

        ConfigureLedger(modelBuilder, IdLength);

        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(k => k.FriendlyName).HasMaxLength(256);
        });
    }

    /// <summary>
    /// The audit ledger's tables. The ledger is one log for the whole installation (tenants are a
    /// field of each entry), so these keys do not start with a tenant id.
    /// </summary>
    private static void ConfigureLedger(ModelBuilder modelBuilder, int idLength)
    {
        modelBuilder.Entity<AuditEntryRow>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Index);
            e.Property(a => a.Index).ValueGeneratedNever();
        });

        modelBuilder.Entity<AuditHashRow>(e =>
        {
            e.ToTable("audit_hashes");
            e.HasKey(h => new { h.Level, h.Index });
        });

        modelBuilder.Entity<AuditHeadRow>(e =>
        {
            e.ToTable("audit_head");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
        });

        modelBuilder.Entity<AuditCheckpointRow>(e =>
        {
            e.ToTable("audit_checkpoints");
            e.HasKey(c => c.Size);
            e.Property(c => c.Size).ValueGeneratedNever();
            e.Property(c => c.Note).HasMaxLength(64 * 1024);
        });

        modelBuilder.Entity<AuditSigningKeyRow>(e =>
        {
            e.ToTable("audit_signing_keys");
            e.HasKey(k => k.Origin);
            e.Property(k => k.Origin).HasMaxLength(256);
            e.Property(k => k.KeyName).HasMaxLength(256);
            e.Property(k => k.KeyEncryptionKeyId).HasMaxLength(idLength);
        });
    }
}
