namespace Confidant.Protection.Vault;

/// <summary>The outcome of a detokenization, with the value when it was revealed.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Value">The value (dispose it when done), only when <see cref="DetokenizeStatus.Revealed"/>.</param>
/// <param name="DataClass">The token's data class, when the token was found.</param>
public sealed record DetokenizeResult(DetokenizeStatus Status, RevealedValue? Value, string? DataClass);
