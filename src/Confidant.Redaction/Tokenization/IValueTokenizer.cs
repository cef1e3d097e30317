namespace Confidant.Redaction.Tokenization;

/// <summary>
/// Swaps a sensitive value for a vault token. Implemented by the token vault (Confidant.Protection);
/// Redaction calls it for the values its policy tokenizes. The same value for the same subject and
/// class should give the same token.
/// </summary>
public interface IValueTokenizer
{
    /// <summary>Tokenizes one value.</summary>
    ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default);
}
