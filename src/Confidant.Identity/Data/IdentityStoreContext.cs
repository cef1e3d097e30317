using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Identity.Data;

/// <summary>
/// Accounts, roles, factors, passkeys, trusted devices, sessions and step-up challenges, in the
/// project database next to the conversation tables (its own migrations and history table, so
/// the storage layer knows nothing of identity). One model for both providers; each provider has
/// its own context type only so that it can carry its own migrations.
/// </summary>
public abstract class IdentityStoreContext : IdentityDbContext<ConfidantUser, ConfidantRole, Guid>
{
    /// <summary>The migrations history table of this context.</summary>
    public const string MigrationsHistoryTable = "__identity_migrations";

    /// <summary>Creates the context.</summary>
    protected IdentityStoreContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Seals and opens the accounts' personal data (see <see cref="PersonalDataInterceptor"/>); set by <see cref="IdentityDatabase"/>.</summary>
    internal PersonalDataProtection? PersonalData { get; init; }

    internal DbSet<TrustedDeviceRow> TrustedDevices => Set<TrustedDeviceRow>();

    internal DbSet<UserSessionRow> Sessions => Set<UserSessionRow>();

    internal DbSet<SignInAttemptRow> SignInAttempts => Set<SignInAttemptRow>();

    internal DbSet<OneTimeCodeRow> OneTimeCodes => Set<OneTimeCodeRow>();

    internal DbSet<SignInThrottleRow> SignInThrottles => Set<SignInThrottleRow>();

    internal DbSet<StepUpChallengeRow> StepUpChallenges => Set<StepUpChallengeRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        base.OnModelCreating(builder);

        builder.Entity<ConfidantUser>(e =>
        {
            e.ToTable("identity_users");

            // Sealed by PersonalDataProtection: a 254-char address takes up to 1,058 chars sealed.
            e.Property(u => u.UserName).HasMaxLength(PersonalDataProtection.MaxSealedLength);
            e.Property(u => u.Email).HasMaxLength(PersonalDataProtection.MaxSealedLength);
            e.Property(u => u.KnowledgeQuestion).HasMaxLength(64);
            e.Property(u => u.KnowledgeAnswerHash).HasMaxLength(256);
            e.Property(u => u.CodeChannel).HasMaxLength(16);
        });
        builder.Entity<ConfidantRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_role_claims");
        builder.Entity<IdentityUserPasskey<Guid>>().ToTable("identity_user_passkeys");

        builder.Entity<TrustedDeviceRow>(e =>
        {
            e.ToTable("identity_trusted_devices");
            e.HasKey(d => d.Id);
            e.Property(d => d.Name).HasMaxLength(128);
            e.HasIndex(d => d.UserId);
            e.HasOne<ConfidantUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<UserSessionRow>(e =>
        {
            e.ToTable("identity_sessions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Method).HasMaxLength(64);
            e.HasIndex(s => s.UserId);
            e.HasIndex(s => s.ExpiresAt);
            e.HasOne<ConfidantUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SignInAttemptRow>(e =>
        {
            e.ToTable("identity_sign_in_attempts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Purpose).HasMaxLength(16);
            e.HasIndex(a => a.ExpiresAt);
            e.HasOne<ConfidantUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<OneTimeCodeRow>(e =>
        {
            e.ToTable("identity_one_time_codes");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.UserId, c.BoundTo });
            e.HasIndex(c => c.ExpiresAt);
            e.HasOne<ConfidantUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SignInThrottleRow>(e =>
        {
            e.ToTable("identity_sign_in_throttle");
            e.HasKey(t => t.NameHash);
        });

        builder.Entity<StepUpChallengeRow>(e =>
        {
            e.ToTable("identity_step_up_challenges");
            e.HasKey(c => c.Id);
            e.Property(c => c.Action).HasMaxLength(64);
            e.Property(c => c.Status).HasMaxLength(16);
            e.HasIndex(c => c.UserId);
            e.HasIndex(c => c.ExpiresAt);
            e.HasOne<ConfidantUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
