namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// A national id found at a token: its span, the token to resume from, and its score without and
/// with a context word of its class (a score under the threshold means "only with context").
/// <see cref="Unchecked"/> marks the id's shape whose check digits failed, which a failed
/// <c>TryMatch</c> leaves for <see cref="NationalIdRecognizer"/> to report when its name stands right before it.
/// </summary>
internal readonly record struct IdMatch(int Start, int End, int NextToken, double Score, double ScoreWithContext)
{
    public bool Unchecked { get; init; }
}
