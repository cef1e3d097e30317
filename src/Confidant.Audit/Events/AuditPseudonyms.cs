using System.Text;
using Confidant.Protection.Keys;

namespace Confidant.Audit.Events;

/// <summary>
/// Keyed pseudonyms for the people in audit events. A subject's pseudonym is an HMAC of their id
/// under a key derived from that subject's own first data key, so the same person has the same
/// pseudonym in every entry (an auditor can follow them), and once their keys are destroyed by
/// erasure nobody can compute it again: the entries stay and every proof still verifies, but they
/// can no longer be linked to the person.
/// </summary>
public sealed class AuditPseudonyms
{
    /// <summary>Length of the hex pseudonym (128 bits).</summary>
    public const int HexLength = 32;

    private static readonly byte[] Info = "confidant/audit/actor-pseudonym/v1"u8.ToArray();
    private readonly DataKeyRing _ring;

    /// <summary>Creates the service.</summary>
    public AuditPseudonyms(DataKeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        _ring = ring;
    }

    /// <summary>The actor value for a customer: <c>customer:&lt;32 hex&gt;</c>.</summary>
    public ValueTask<string> CustomerAsync(string tenantId, string subjectId, CancellationToken cancellationToken = default) =>
        ForAsync("customer", tenantId, subjectId, cancellationToken);

    /// <summary>The actor value for a staff member (agent, administrator, auditor): <c>staff:&lt;32 hex&gt;</c>.</summary>
    public ValueTask<string> StaffAsync(string tenantId, string staffId, CancellationToken cancellationToken = default) =>
        ForAsync("staff", tenantId, staffId, cancellationToken);

    private async ValueTask<string> ForAsync(string kind, string tenantId, string subjectId, CancellationToken cancellationToken)
    {
        var mac = await _ring.DerivedMacAsync(
            KeyScope.ForSubject(tenantId, subjectId),
            Info,
            Encoding.UTF8.GetBytes(kind + "\n" + tenantId + "\n" + subjectId),
            "the subject was erased; no pseudonym can be made for them any more.",
            cancellationToken).ConfigureAwait(false);
        return kind + ":" + Convert.ToHexStringLower(mac.AsSpan(0, HexLength / 2));
    }
}
