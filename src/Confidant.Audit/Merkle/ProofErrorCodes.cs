namespace Confidant.Audit.Merkle;

/// <summary>
/// Stable codes for checking inclusion and consistency proofs (CONF-AUD-140 to CONF-AUD-149):
/// a proof that does not hold (140, 141) and input that is not a proof at all (142 to 149).
/// Tools report these; tests match on them, never on the English message. See docs/audit.md.
/// </summary>
public static class ProofErrorCodes
{
    /// <summary>The inclusion proof is well formed but does not show the entry is in the tree.</summary>
    public const string InclusionDoesNotHold = "CONF-AUD-140";

    /// <summary>The consistency proof is well formed but does not show the second tree extends the first.</summary>
    public const string ConsistencyDoesNotHold = "CONF-AUD-141";

    /// <summary>A hash is not <see cref="MerkleHash.Size"/> bytes (64 hex digits).</summary>
    public const string HashLength = "CONF-AUD-142";

    /// <summary>A hash is not hexadecimal.</summary>
    public const string NotHex = "CONF-AUD-143";

    /// <summary>The entry index is not below the tree size.</summary>
    public const string IndexOutOfRange = "CONF-AUD-144";

    /// <summary>The first tree of a consistency proof is larger than the second.</summary>
    public const string SizesOutOfOrder = "CONF-AUD-145";

    /// <summary>The proof is empty where the sizes need at least one hash.</summary>
    public const string ProofRequired = "CONF-AUD-146";

    /// <summary>An index or size is not a non-negative decimal number below 2^63.</summary>
    public const string NotACount = "CONF-AUD-147";

    /// <summary>Other malformed proof input.</summary>
    public const string MalformedInput = "CONF-AUD-149";
}
