namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// A national id found at a token: its span, the token to resume from, and its score without and
/// with a context word of its class (a score under the threshold means "only with context").
/// </summary>
internal readonly record struct IdMatch(int Start, int End, int NextToken, double Score, double ScoreWithContext);
