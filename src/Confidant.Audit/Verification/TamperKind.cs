namespace Confidant.Audit.Verification;

/// <summary>What verification found wrong with the stored log.</summary>
public enum TamperKind
{
    /// <summary>An entry's bytes differ from what the checkpoint committed to.</summary>
    Modified,

    /// <summary>An entry is missing; the ones after it are present (or moved up to fill the gap).</summary>
    Deleted,

    /// <summary>An entry sits at another position than the one it was committed at.</summary>
    Reordered,

    /// <summary>The log ends before the size the checkpoint commits to.</summary>
    Truncated,

    /// <summary>A checkpoint that once held no longer matches: the log was rewritten after it was signed.</summary>
    Rewritten,

    /// <summary>The entries do not match the checkpoint, and the stored hashes were altered too, so the first bad entry cannot be named; the range is bounded by the checkpoints that still hold.</summary>
    Unlocated,
}
