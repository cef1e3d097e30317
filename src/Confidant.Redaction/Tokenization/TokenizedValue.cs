namespace Confidant.Redaction.Tokenization;

/// <summary>A vault token and an optional non-sensitive display hint.</summary>
/// <param name="Token">The token, such as <c>tok_card_8f3a...</c>; it replaces the value in shaped text.</param>
/// <param name="DisplayHint">A hint safe to show, such as <c>Visa •••• 1111</c>; null when there is none.</param>
public sealed record TokenizedValue(string Token, string? DisplayHint);
