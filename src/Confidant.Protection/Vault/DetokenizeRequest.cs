namespace Confidant.Protection.Vault;

/// <summary>A request to reveal a token's value. Purpose and principal are required and audited.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Token">The token.</param>
/// <param name="Purpose">Why the value is needed, such as <c>payment.charge</c>.</param>
/// <param name="Principal">Who asks: a service or staff pseudonym, never an email or name.</param>
/// <param name="SubjectId">When given, the token must belong to this customer.</param>
public sealed record DetokenizeRequest(string TenantId, string Token, string Purpose, string Principal, string? SubjectId = null);
