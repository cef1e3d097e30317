using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Tokenization;

/// <summary>
/// A value to tokenize. <see cref="Value"/> is raw and valid only during the call: read it, seal it,
/// do not keep it. <see cref="ToString"/> never shows it.
/// </summary>
public sealed class TokenizeRequest
{
    /// <summary>Creates a request.</summary>
    public TokenizeRequest(string tenantId, string subjectId, DataClass dataClass, ReadOnlyMemory<char> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(dataClass);
        TenantId = tenantId;
        SubjectId = subjectId;
        DataClass = dataClass;
        Value = value;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The customer the value belongs to.</summary>
    public string SubjectId { get; }

    /// <summary>The class of the value (drives the token prefix and display hint).</summary>
    public DataClass DataClass { get; }

    /// <summary>The raw value, as typed.</summary>
    public ReadOnlyMemory<char> Value { get; }

    /// <summary>Describes the request without its value.</summary>
    public override string ToString() => $"TokenizeRequest({TenantId}/{SubjectId}, {DataClass.Name}, value {Text.RawText.Withheld})";
}
