namespace Confidant.Storage.Ledger;

/// <summary>
/// The hash of a complete subtree of the audit ledger above the leaves: 2^Level entries from
/// Index · 2^Level. Fixed once written, so proofs read O(log n) of these rows.
/// </summary>
internal sealed class AuditHashRow
{
    public int Level { get; set; }

    public long Index { get; set; }

    public required byte[] Hash { get; set; }
}
