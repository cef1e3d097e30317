namespace Confidant.Detection.Engine;

/// <summary>
/// The confidence scale every recognizer uses, so scores mean the same across classes:
/// validator-confirmed above context-boosted above pattern-only.
/// </summary>
internal static class Scores
{
    /// <summary>A checksum or structural validator passed and a context word agrees.</summary>
    public const double ValidatedWithContext = 1.0;

    /// <summary>A checksum or structural validator passed (Luhn, mod-97, base58check...).</summary>
    public const double Validated = 0.95;

    /// <summary>The format matched and a context word names the class.</summary>
    public const double PatternWithContext = 0.85;

    /// <summary>A distinctive format with no validator and no context (an email, a known key prefix).</summary>
    public const double StrongPattern = 0.8;

    /// <summary>The format matched, nothing else agrees: reported at the default threshold only for distinctive formats.</summary>
    public const double Pattern = 0.6;

    /// <summary>Plausible but unconfirmed: below the default threshold.</summary>
    public const double Weak = 0.4;

    /// <summary>Taken off when a nearby word says the number is harmless (order, tracking, amount).</summary>
    public const double BenignContextPenalty = 0.35;

    /// <summary>The default threshold a finding must reach to be reported.</summary>
    public const double DefaultThreshold = 0.5;
}
