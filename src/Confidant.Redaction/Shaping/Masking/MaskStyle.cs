namespace Confidant.Redaction.Shaping.Masking;

/// <summary>How a class is masked.</summary>
internal enum MaskStyle
{
    /// <summary>Every letter and digit hidden; separators kept.</summary>
    Full,

    /// <summary>Card: last four digits shown, or first six and last four (PCI DSS 3.4.1).</summary>
    CardLastFour,

    /// <summary>Card: first six and last four digits shown.</summary>
    CardFirstSixLastFour,

    /// <summary>Identifiers: last four letters or digits shown when at least eight there are; else all hidden.</summary>
    LastFour,

    /// <summary>Email: first char of the local part and the domain shown.</summary>
    Email,

    /// <summary>Names: first letter of each word shown.</summary>
    Initials,
}
