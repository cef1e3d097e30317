namespace Confidant.Protection.Vault;

/// <summary>A token that stands for a value, with what may be shown of it.</summary>
/// <param name="Token">The token.</param>
/// <param name="DisplayHint">A non-sensitive hint such as <c>Visa •••• 1111</c>, or null.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record VaultToken(string Token, string? DisplayHint, DateTimeOffset ExpiresAt);
