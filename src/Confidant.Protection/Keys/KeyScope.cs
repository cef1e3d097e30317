namespace Confidant.Protection.Keys;

/// <summary>
/// Whose data key: a tenant's own (<see cref="SubjectId"/> null) or one customer's of a tenant.
/// Ids are opaque identifiers chosen by the caller (never an email or a name).
/// </summary>
public readonly record struct KeyScope
{
    private KeyScope(string tenantId, string? subjectId)
    {
        ValidateId(tenantId, nameof(tenantId));
        if (subjectId is not null)
        {
            ValidateId(subjectId, nameof(subjectId));
        }

        TenantId = tenantId;
        SubjectId = subjectId;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The customer, or null for the tenant's own key.</summary>
    public string? SubjectId { get; }

    /// <summary>True for a customer's key.</summary>
    public bool IsSubject => SubjectId is not null;

    /// <summary>The tenant's own key.</summary>
    public static KeyScope ForTenant(string tenantId) => new(tenantId, null);

    /// <summary>A customer's key.</summary>
    public static KeyScope ForSubject(string tenantId, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        return new(tenantId, subjectId);
    }

    /// <summary>Printable form, such as <c>tenant/acme</c> or <c>subject/acme/7f3a...</c>.</summary>
    public override string ToString() => SubjectId is null ? $"tenant/{TenantId}" : $"subject/{TenantId}/{SubjectId}";

    /// <summary>Ids are short and printable so they can sit in headers, file names and audit events.</summary>
    internal static void ValidateId(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, paramName);
        if (id.Length > 128)
        {
            throw new ArgumentException("An id is at most 128 characters.", paramName);
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                throw new ArgumentException("An id uses only ASCII letters, digits, '-', '_', '.' and ':'.", paramName);
            }
        }
    }
}
