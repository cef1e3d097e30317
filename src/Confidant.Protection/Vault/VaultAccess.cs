namespace Confidant.Protection.Vault;

/// <summary>One use of the vault, as reported to the audit hook: ids, class, purpose and outcome, never the value.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="SubjectId">The customer the token belongs to, when known.</param>
/// <param name="Token">The token used.</param>
/// <param name="DataClass">Its data class, when known.</param>
/// <param name="Purpose">The stated purpose.</param>
/// <param name="Principal">Who asked.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="At">When.</param>
public sealed record VaultAccess(string TenantId, string? SubjectId, string Token, string? DataClass, string Purpose, string Principal, DetokenizeStatus Outcome, DateTimeOffset At);
