namespace Confidant.Audit.Reading;

/// <summary>Who is reading the log.</summary>
/// <param name="Actor">Their actor value as the log records it (a staff pseudonym, or <c>system:cli</c>).</param>
/// <param name="Roles">Their roles; <see cref="AuditRoles.Auditor"/> or <see cref="AuditRoles.Admin"/> is needed.</param>
/// <param name="Tenant">The tenant they may read, or null for the whole installation (an operator).</param>
public sealed record AuditReaderIdentity(string Actor, IReadOnlyCollection<string> Roles, string? Tenant);
