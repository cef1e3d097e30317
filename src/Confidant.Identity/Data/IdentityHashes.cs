using System.Text;
using Confidant.Protection.Keys;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Data;

/// <summary>
/// Keyed hashes (HMAC under a key derived from the tenant's data key) for what identity must
/// recognise but never keep: sign-in names in the throttle table, and one-time codes with what
/// they are bound to. A stolen database alone cannot test guesses against them.
/// </summary>
public sealed class IdentityHashes
{
    private static readonly byte[] NameInfo = "confidant/identity/sign-in-name/v1"u8.ToArray();
    private static readonly byte[] CodeInfo = "confidant/identity/one-time-code/v1"u8.ToArray();
    private readonly DataKeyRing _keys;
    private readonly string _tenant;

    /// <summary>Creates the service.</summary>
    public IdentityHashes(DataKeyRing keys, IOptions<ConfidantIdentityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = keys;
        _tenant = options.Value.Tenant;
    }

    /// <summary>The keyed hash of a sign-in name (trimmed, case-folded).</summary>
    public ValueTask<byte[]> SignInNameAsync(string name, CancellationToken cancellationToken = default) =>
        MacAsync(NameInfo, name.Trim().ToUpperInvariant(), cancellationToken);

    /// <summary>The keyed hash of a code bound to an account and to the attempt or challenge it was sent for.</summary>
    public ValueTask<byte[]> CodeAsync(Guid userId, Guid boundTo, string code, CancellationToken cancellationToken = default) =>
        MacAsync(CodeInfo, $"{userId:N}\n{boundTo:N}\n{code}", cancellationToken);

    private ValueTask<byte[]> MacAsync(byte[] info, string input, CancellationToken cancellationToken) =>
        _keys.DerivedMacAsync(KeyScope.ForTenant(_tenant), info, Encoding.UTF8.GetBytes(input), "the tenant's keys were destroyed; sign-in is not possible.", cancellationToken);
}
