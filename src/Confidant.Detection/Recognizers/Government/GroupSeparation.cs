namespace Confidant.Detection.Recognizers.Government;

/// <summary>How the digit groups of an id were written.</summary>
internal enum GroupSeparation
{
    /// <summary>One run of digits ("123456789").</summary>
    Contiguous,

    /// <summary>Groups joined by the same separator ("123-45-6789", "123 45 6789").</summary>
    Consistent,

    /// <summary>Groups joined by different separators ("123-45 6789"): usually an evasion or a typo.</summary>
    Mixed,
}
