using System.Globalization;
using Confidant.Redaction.Tokenization;

namespace Confidant.Redaction.Tests.Support;

/// <summary>
/// A test double of the token vault: random-looking tokens with a class prefix, the same token for
/// the same normalised value of the same subject and class, and a card hint with the last four.
/// </summary>
internal sealed class InMemoryValueTokenizer : IValueTokenizer
{
    private readonly Dictionary<(string Tenant, string Subject, string Class, string Value), TokenizedValue> _tokens = [];

    public int Calls { get; private set; }

    /// <summary>Class and lifetime of every request, in order.</summary>
    public List<(string Class, TimeSpan? Lifetime)> Requests { get; } = [];

    public IReadOnlyCollection<TokenizedValue> Issued => _tokens.Values;

    public Func<TokenizeRequest, TokenizedValue>? Override { get; set; }

    public ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default)
    {
        Calls++;
        Requests.Add((request.DataClass.Name, request.Lifetime));
        if (Override is not null)
        {
            return ValueTask.FromResult(Override(request));
        }

        var normalized = new string([.. request.Value.Span.ToArray().Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        var key = (request.TenantId, request.SubjectId, request.DataClass.Name, normalized);
        if (!_tokens.TryGetValue(key, out var token))
        {
            var prefix = request.DataClass.Name == "CARD_NUMBER" ? "card" : request.DataClass.Name.ToLowerInvariant();
            var id = (_tokens.Count + 1).ToString("x8", CultureInfo.InvariantCulture);
            var hint = request.DataClass.Name == "CARD_NUMBER" ? "Visa •••• " + normalized[^4..] : null;
            token = new TokenizedValue($"tok_{prefix}_{id}", hint);
            _tokens[key] = token;
        }

        return ValueTask.FromResult(token);
    }
}
