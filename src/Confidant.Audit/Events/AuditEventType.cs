namespace Confidant.Audit.Events;

/// <summary>
/// A kind of audit event: a stable id (<c>CONF-AUD-011</c>) that tools and tests match on, and the
/// action it records (<c>vault.detokenize</c>). The known kinds are in <see cref="AuditEventTypes"/>;
/// entries written by newer versions may carry ids this version does not know, and still verify.
/// </summary>
/// <param name="Id">The stable event id.</param>
/// <param name="Action">The action, lower case words separated by dots.</param>
public sealed record AuditEventType(string Id, string Action)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Action}";
}
