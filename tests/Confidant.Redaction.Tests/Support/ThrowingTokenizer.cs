using Confidant.Redaction.Tokenization;

namespace Confidant.Redaction.Tests.Support;

/// <summary>A vault that is down; its exception message even carries the value, which must never reach a log.</summary>
internal sealed class ThrowingTokenizer : IValueTokenizer
{
    public ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("vault unavailable while sealing " + request.Value.ToString());
}
