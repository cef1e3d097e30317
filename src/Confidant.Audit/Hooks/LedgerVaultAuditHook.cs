using System.Security.Cryptography;
using System.Text;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Protection.Vault;

namespace Confidant.Audit.Hooks;

/// <summary>
/// Writes every use of the token vault to the ledger (<see cref="AuditEventTypes.VaultDetokenize"/>),
/// and completes only once the entry is committed, so a reveal that cannot be audited does not
/// happen. The token itself is not written: the target is its fingerprint (the first 16 bytes of
/// SHA-256 of the token, hex), enough to find the vault row and useless for asking the vault.
/// </summary>
internal sealed class LedgerVaultAuditHook : IVaultAuditHook
{
    private static readonly System.Buffers.SearchValues<char> TokenChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly System.Buffers.SearchValues<char> CodeChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");
    private readonly AuditLedger _ledger;

    public LedgerVaultAuditHook(AuditLedger ledger) => _ledger = ledger;

    public async ValueTask RecordAsync(VaultAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (outcome, reason) = access.Outcome switch
        {
            DetokenizeStatus.Revealed => (AuditOutcome.Success, Code(access.Purpose, "purpose")),
            DetokenizeStatus.Denied => (AuditOutcome.Denied, Code(access.Purpose, "purpose")),
            DetokenizeStatus.NotFound => (AuditOutcome.Failure, "not-found"),
            DetokenizeStatus.Expired => (AuditOutcome.Failure, "expired"),
            DetokenizeStatus.Erased => (AuditOutcome.Failure, "erased"),
            _ => (AuditOutcome.Failure, "refused"),
        };
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        if (access.DataClass is { Length: > 0 } dataClass)
        {
            classes[dataClass] = 1;
        }

        await _ledger.AppendAsync(
            new AuditEvent
            {
                Type = AuditEventTypes.VaultDetokenize,
                Time = access.At,
                Tenant = access.TenantId,
                Actor = ActorFor(access.Principal),
                Target = new AuditTarget { Type = "vault-token", Ids = [TokenFingerprint(access.Token)], Classes = classes },
                Outcome = outcome,
                Reason = reason,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The token's fingerprint: <c>tokfp:</c> and 32 hex digits. Only for something shaped like a
    /// vault token: a caller may pass anything (a card number by mistake), and an unkeyed hash of a
    /// value with few possibilities could be reversed, so anything else is written as <c>tokfp:malformed</c>.
    /// </summary>
    internal static string TokenFingerprint(string token) =>
        token is { Length: > 10 and <= 200 } && token.StartsWith("tok_", StringComparison.Ordinal) && !token.AsSpan(4).ContainsAnyExcept(TokenChars)
            ? "tokfp:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)).AsSpan(0, 16))
            : "tokfp:malformed";

    /// <summary>
    /// A principal is written as it is when it already is an actor value; <c>svc:name</c> becomes
    /// <c>service:name</c>; anything else (it could be a person's login, and an unkeyed hash of a
    /// login can be reversed by guessing) is written as <c>service:unrecognised-principal</c>.
    /// </summary>
    private static string ActorFor(string principal)
    {
        if (AuditActor.IsValid(principal))
        {
            return principal;
        }

        if (principal.StartsWith("svc:", StringComparison.Ordinal) && AuditActor.IsValid("service:" + principal[4..]))
        {
            return "service:" + principal[4..];
        }

        return "service:unrecognised-principal";
    }

    // A purpose such as "payment.charge" is a code already; anything else could be free text and is not written.
    private static string Code(string value, string prefix) =>
        value is { Length: > 0 and <= 100 } && !value.AsSpan().ContainsAnyExcept(CodeChars)
            ? value
            : prefix + "-unrecognised";
}
