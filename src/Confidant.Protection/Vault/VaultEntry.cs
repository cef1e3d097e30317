namespace Confidant.Protection.Vault;

/// <summary>A token and its sealed value, as the token store keeps them. No field holds the value in the clear.</summary>
/// <param name="Token">The token, such as <c>tok_card_number_5k2...</c>.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="SubjectId">The customer the value belongs to.</param>
/// <param name="DataClass">The data class name, such as <c>CARD_NUMBER</c>.</param>
/// <param name="BlindIndex">HMAC of the normalised value under a key derived from the customer's data key.</param>
/// <param name="SealedValue">The value, sealed under the customer's data key (kind <c>vault.value</c>, record id = token).</param>
/// <param name="DisplayHint">A non-sensitive hint, such as <c>Visa •••• 1111</c>.</param>
/// <param name="CreatedAt">When the token was made.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record VaultEntry(
    string Token,
    string TenantId,
    string SubjectId,
    string DataClass,
    byte[] BlindIndex,
    byte[] SealedValue,
    string? DisplayHint,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
