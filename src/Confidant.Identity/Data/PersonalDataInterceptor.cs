using System.Runtime.CompilerServices;
using Confidant.Identity.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Confidant.Identity.Data;

/// <summary>
/// Seals an account's user name, e-mail address and phone number as Entity Framework writes the
/// row, and opens them as it reads one, so the rest of the code (and Identity) sees the values
/// while the database holds only <see cref="PersonalDataProtection"/>'s sealed form. The
/// normalised name and address are replaced by their lookup hashes here, and stay so in the
/// entity (nothing needs them in clear; the user store looks accounts up by the hash).
/// </summary>
/// <remarks>
/// Value converters cannot do this: a model, with its converters, is shared by every context of
/// the process, while each host has keys of its own. For the same reason there is one interceptor
/// for the process (a materialization interceptor is part of Entity Framework's internal service
/// provider), and it takes the keys from the context it serves.
/// </remarks>
internal sealed class PersonalDataInterceptor : SaveChangesInterceptor, IMaterializationInterceptor
{
    /// <summary>The one instance.</summary>
    public static readonly PersonalDataInterceptor Instance = new();

    private static readonly string[] SealedColumns = [nameof(ConfidantUser.UserName), nameof(ConfidantUser.Email), nameof(ConfidantUser.PhoneNumber)];
    private static readonly string[] IndexColumns = [nameof(ConfidantUser.NormalizedUserName), nameof(ConfidantUser.NormalizedEmail)];

    // The clear values replaced by sealed ones while a context saves, put back once it is done.
    private readonly ConditionalWeakTable<DbContext, List<Replaced>> _saving = [];

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is ConfidantUser user)
        {
            var protection = ProtectionOf(materializationData.Context);
            user.UserName = protection.Open(user.Id, nameof(ConfidantUser.UserName), user.UserName);
            user.Email = protection.Open(user.Id, nameof(ConfidantUser.Email), user.Email);
            user.PhoneNumber = protection.Open(user.Id, nameof(ConfidantUser.PhoneNumber), user.PhoneNumber);
        }

        return entity;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        SealAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await SealAsync(eventData.Context, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: true);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: true);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
        return Task.CompletedTask;
    }

    /// <summary>A row changed by someone else since it was read: Identity answers ConcurrencyFailure, and the entity must hold clear values again.</summary>
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
        return result;
    }

    /// <inheritdoc cref="ThrowingConcurrencyException"/>
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Restore(eventData.Context, saved: false);
        return Task.CompletedTask;
    }

    private async ValueTask SealAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        // Registered before the first value is replaced, so whatever happens next (a refused or
        // cancelled save, an error here) can put the clear values back; not at all for the many
        // saves (sessions, devices, codes) that write no account.
        List<Replaced>? replaced = null;
        try
        {
            foreach (var entry in context.ChangeTracker.Entries<ConfidantUser>())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified))
                {
                    continue;
                }

                var protection = ProtectionOf(context);
                var added = entry.State == EntityState.Added;
                foreach (var column in IndexColumns)
                {
                    var property = entry.Property<string?>(column);
                    if ((added || property.IsModified) && property.CurrentValue is { } clear && !PersonalDataProtection.IsIndex(clear))
                    {
                        property.CurrentValue = await protection.IndexAsync(clear, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var column in SealedColumns)
                {
                    var property = entry.Property<string?>(column);
                    if ((added || property.IsModified) && property.CurrentValue is { } clear && !PersonalDataProtection.IsSealed(clear))
                    {
                        await protection.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
                        var sealedValue = protection.Seal(entry.Entity.Id, column, clear);
                        if (replaced is null)
                        {
                            replaced = [];
                            _saving.AddOrUpdate(context, replaced);
                        }

                        replaced.Add(new Replaced(entry, column, clear));
                        property.CurrentValue = sealedValue;
                    }
                }
            }
        }
        catch
        {
            Restore(context, saved: false);
            throw;
        }
    }

    /// <summary>
    /// Puts the clear values back into the entities. When the save was accepted (the account is
    /// unchanged now), they also become the original values, so the account stays unchanged rather
    /// than modified by its own opening; otherwise (a failed save, or one not accepted yet) the
    /// change stays pending, as Entity Framework left it.
    /// </summary>
    private void Restore(DbContext? context, bool saved)
    {
        if (context is null || !_saving.TryGetValue(context, out var replaced))
        {
            return;
        }

        _saving.Remove(context);
        foreach (var (entry, column, clear) in replaced)
        {
            var state = entry.State;
            if (state == EntityState.Detached)
            {
                SetClear(entry.Entity, column, clear);
                continue;
            }

            var property = entry.Property<string?>(column);
            property.CurrentValue = clear;
            if (saved && state == EntityState.Unchanged)
            {
                property.OriginalValue = clear;
                property.IsModified = false;
            }
        }
    }

    private static PersonalDataProtection ProtectionOf(DbContext context) =>
        (context as IdentityStoreContext)?.PersonalData
        ?? throw new InvalidOperationException("This identity context cannot seal personal data: make identity contexts with IdentityDatabase.");

    private static void SetClear(ConfidantUser user, string column, string clear)
    {
        switch (column)
        {
            case nameof(ConfidantUser.UserName):
                user.UserName = clear;
                break;
            case nameof(ConfidantUser.Email):
                user.Email = clear;
                break;
            default:
                user.PhoneNumber = clear;
                break;
        }
    }

    private readonly record struct Replaced(EntityEntry<ConfidantUser> Entry, string Column, string Clear);
}
