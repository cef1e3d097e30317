using System.Security.Cryptography;
using System.Text;
using Confidant.Identity.Accounts;
using Confidant.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Identity.Factors;

/// <summary>
/// ASP.NET Core Identity's EF Core user store with two secrets kept properly: the authenticator
/// (TOTP) key is encrypted with Data Protection (whose key ring is itself wrapped by the
/// key-encryption key), and recovery codes are kept only as SHA-256 hashes (each is 50 random
/// bits and single use, so a fast hash is enough). Identity's own store keeps both in clear.
/// </summary>
public sealed class ConfidantUserStore : UserStore<ConfidantUser, ConfidantRole, IdentityStoreContext, Guid>
{
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";
    private readonly IDataProtector _protector;
    private readonly PersonalDataProtection _personalData;

    /// <summary>Creates the store.</summary>
    public ConfidantUserStore(IdentityStoreContext context, IDataProtectionProvider protection, PersonalDataProtection personalData, IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _protector = protection.CreateProtector("Confidant.Identity.AuthenticatorKey.v1");
        _personalData = personalData;
    }

    /// <summary>
    /// Finds the account by the lookup hash of its normalised name (the name itself is not
    /// stored; <see cref="PersonalDataInterceptor"/> writes the hash); then, while rows in clear
    /// may remain (written by an earlier version, sealed at the server's start), by the name.
    /// </summary>
    public override Task<ConfidantUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        FindByLookupAsync(normalizedUserName, base.FindByNameAsync, cancellationToken);

    /// <summary>Finds the account by the lookup hash of its normalised e-mail address, then (a row in clear) by the address.</summary>
    public override Task<ConfidantUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default) =>
        FindByLookupAsync(normalizedEmail, base.FindByEmailAsync, cancellationToken);

    private async Task<ConfidantUser?> FindByLookupAsync(string normalized, Func<string, CancellationToken, Task<ConfidantUser?>> find, CancellationToken cancellationToken)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        var index = await _personalData.IndexAsync(normalized, cancellationToken).ConfigureAwait(false);
        return await find(index!, cancellationToken).ConfigureAwait(false)
            ?? (index == normalized || !_personalData.RowsInClearRemain ? null : await find(normalized, cancellationToken).ConfigureAwait(false));
    }

    // Every other way of reading accounts makes sure the sealing key is in memory first, so that
    // opening the rows (synchronous, in Entity Framework) does not wait for the key ring.

    /// <inheritdoc />
    public override async Task<ConfidantUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        return await base.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task<ConfidantUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        return await base.FindUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<IList<ConfidantUser>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        return await base.GetUsersInRoleAsync(normalizedRoleName, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<IList<ConfidantUser>> GetUsersForClaimAsync(System.Security.Claims.Claim claim, CancellationToken cancellationToken = default)
    {
        await _personalData.EnsureKeyAsync(cancellationToken).ConfigureAwait(false);
        return await base.GetUsersForClaimAsync(claim, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Inserts the account. When the database refuses the row, the account is forgotten by this
    /// scope's context, so a later write in the same scope does not try to insert it again; and when
    /// the name is then found taken (its unique index: a concurrent request made the same account
    /// between Identity's uniqueness check and this insert), the answer is the one that check gives,
    /// not an exception.
    /// </summary>
    public override async Task<IdentityResult> CreateAsync(ConfidantUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return await base.CreateAsync(user, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            Context.Entry(user).State = EntityState.Detached;
            if (user.NormalizedUserName is { } name && await FindByNameAsync(name, cancellationToken).ConfigureAwait(false) is not null)
            {
                return IdentityResult.Failed(ErrorDescriber.DuplicateUserName(user.UserName ?? name));
            }

            throw;
        }
    }

    /// <inheritdoc />
    public override Task SetAuthenticatorKeyAsync(ConfidantUser user, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, _protector.Protect(key), cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<string?> GetAuthenticatorKeyAsync(ConfidantUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null; // the key ring that sealed it is gone: the customer enrols again
        }
    }

    /// <inheritdoc />
    public override Task ReplaceCodesAsync(ConfidantUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        var hashes = string.Join(';', recoveryCodes.Select(HashCode));
        return SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, hashes, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<bool> RedeemCodeAsync(ConfidantUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var wanted = Encoding.ASCII.GetBytes(HashCode(code));
        var match = -1;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hashes[i]), wanted))
            {
                match = i;
            }
        }

        if (match < 0)
        {
            return false;
        }

        var remaining = hashes.Where((_, i) => i != match);
        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, string.Join(';', remaining), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public override async Task<int> CountCodesAsync(ConfidantUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        return stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>Codes are compared without case, spaces or dashes, so "abcde fghij" is "ABCDE-FGHIJ".</summary>
    private static string HashCode(string code)
    {
        var normal = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }
}
