namespace Confidant.Redaction.Policy;

/// <summary>How much of a card number a mask shows. PCI DSS 3.4.1 allows at most the first six and last four digits.</summary>
public enum CardMaskStyle
{
    /// <summary>Only the last four digits (default).</summary>
    LastFour,

    /// <summary>The first six (the issuer's BIN) and the last four digits.</summary>
    FirstSixLastFour,
}
