using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Factors;

/// <summary>
/// A customer's passkeys over ASP.NET Core Identity's passkey store, plus when each last signed
/// in. Identity keeps no such time; it is kept as a user token per passkey (the table Identity
/// already has for per-account values, so no schema change), named by a hash of the credential id.
/// </summary>
public sealed class PasskeyStore
{
    /// <summary>Most passkeys one account may have (each sign-in options list carries them all).</summary>
    public const int MaxPerAccount = 20;

    /// <summary>Longest name kept.</summary>
    public const int MaxNameLength = 64;

    private const string UseProvider = "[ConfidantPasskeyUse]";
    private readonly UserManager<ConfidantUser> _users;
    private readonly TimeProvider _time;

    /// <summary>Creates the store (scoped: it uses the request's user manager).</summary>
    public PasskeyStore(UserManager<ConfidantUser> users, TimeProvider time)
    {
        _users = users;
        _time = time;
    }

    /// <summary>The account's passkeys, newest first.</summary>
    public async Task<IReadOnlyList<PasskeySummary>> ListAsync(ConfidantUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var passkeys = await _users.GetPasskeysAsync(user).ConfigureAwait(false);
        var list = new List<PasskeySummary>(passkeys.Count);
        foreach (var passkey in passkeys.OrderByDescending(p => p.CreatedAt))
        {
            var used = await _users.GetAuthenticationTokenAsync(user, UseProvider, TokenName(passkey.CredentialId)).ConfigureAwait(false);
            DateTimeOffset? lastUsed = DateTimeOffset.TryParseExact(used, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
            list.Add(new PasskeySummary(IdOf(passkey.CredentialId), passkey.Name ?? "Passkey", passkey.CreatedAt, lastUsed));
        }

        return list;
    }

    /// <summary>How many passkeys the account has.</summary>
    public async Task<int> CountAsync(ConfidantUser user) => (await _users.GetPasskeysAsync(user).ConfigureAwait(false)).Count;

    /// <summary>One of the account's passkeys by its base64url id, or null.</summary>
    public async Task<UserPasskeyInfo?> FindAsync(ConfidantUser user, string? id)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TryParseId(id, out var credentialId) ? await _users.GetPasskeyAsync(user, credentialId).ConfigureAwait(false) : null;
    }

    /// <summary>After a verified sign-in: stores the passkey's new signature counter and backup state, and the time.</summary>
    public async Task<IdentityResult> RecordSignInAsync(ConfidantUser user, UserPasskeyInfo passkey)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(passkey);
        var result = await _users.AddOrUpdatePasskeyAsync(user, passkey).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return result;
        }

        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return await _users.SetAuthenticationTokenAsync(user, UseProvider, TokenName(passkey.CredentialId), now).ConfigureAwait(false);
    }

    /// <summary>Removes a passkey and its last-use time.</summary>
    internal async Task<IdentityResult> RemoveAsync(ConfidantUser user, byte[] credentialId)
    {
        var result = await _users.RemovePasskeyAsync(user, credentialId).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await _users.RemoveAuthenticationTokenAsync(user, UseProvider, TokenName(credentialId)).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The id the pages use for a credential: its bytes in base64url.</summary>
    public static string IdOf(byte[] credentialId) => Base64Url.EncodeToString(credentialId);

    /// <summary>
    /// The id audit events carry for a passkey: the first 16 hex digits of the SHA-256 of its
    /// credential id. Enough to tell a customer's passkeys apart in the log, not the id itself.
    /// </summary>
    public static string AuditIdOf(byte[] credentialId) => Convert.ToHexStringLower(SHA256.HashData(credentialId))[..16];

    /// <summary>
    /// A name fit to keep: white space (tabs, line breaks) as single spaces, control and format
    /// characters dropped (a right-to-left override would make "Phone" show as something else; the
    /// zero-width joiner of emoji stays), trimmed, at most <see cref="MaxNameLength"/> characters;
    /// null when nothing is left.
    /// </summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var kept = new StringBuilder(Math.Min(name.Length, MaxNameLength * 2));
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }
            }
            else if (c == '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                kept.Append(c);
            }
        }

        var clean = kept.ToString().Trim();
        if (clean.Length > MaxNameLength)
        {
            clean = clean[..MaxNameLength];
            if (char.IsHighSurrogate(clean[^1]))
            {
                clean = clean[..^1];
            }

            clean = clean.TrimEnd();
        }

        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Parses a base64url credential id (at most 1,023 bytes, WebAuthn's limit).</summary>
    public static bool TryParseId(string? id, out byte[] credentialId)
    {
        credentialId = [];
        if (string.IsNullOrEmpty(id) || id.Length > 1400 || !Base64Url.IsValid(id, out var length) || length is 0 or > 1023)
        {
            return false;
        }

        credentialId = Base64Url.DecodeFromChars(id);
        return true;
    }

    private static string TokenName(byte[] credentialId) => Base64Url.EncodeToString(SHA256.HashData(credentialId));
}
