using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Tokenization;

/// <summary>
/// A value to tokenize. <see cref="Value"/> is raw and valid only during the call: read it, seal it,
/// do not keep it. <see cref="ToString"/> never shows it.
/// </summary>
public sealed class TokenizeRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="subjectId">The customer the value belongs to.</param>
    /// <param name="dataClass">The class of the value.</param>
    /// <param name="value">The raw value, valid only during the call.</param>
    /// <param name="lifetime">How long the vault may keep the value (the class's retention); null for the vault's default.</param>
    public TokenizeRequest(string tenantId, string subjectId, DataClass dataClass, ReadOnlyMemory<char> value, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(dataClass);
        TenantId = tenantId;
        SubjectId = subjectId;
        DataClass = dataClass;
        if (lifetime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "A lifetime cannot be negative.");
        }

        Value = value;
        Lifetime = lifetime;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The customer the value belongs to.</summary>
    public string SubjectId { get; }

    /// <summary>The class of the value (drives the token prefix and display hint).</summary>
    public DataClass DataClass { get; }

    /// <summary>The raw value, as typed.</summary>
    public ReadOnlyMemory<char> Value { get; }

    /// <summary>
    /// How long the vault may keep the value: the retention of its class under the policy
    /// (<see cref="Policy.PrivacyPolicy.RetentionFor(DataClass)"/>), so a token never outlives what the
    /// profiles allow. Null leaves it to the vault's default.
    /// </summary>
    public TimeSpan? Lifetime { get; }

    /// <summary>Describes the request without its value.</summary>
    public override string ToString() => $"TokenizeRequest({TenantId}/{SubjectId}, {DataClass.Name}, value {Text.RawText.Withheld})";
}
