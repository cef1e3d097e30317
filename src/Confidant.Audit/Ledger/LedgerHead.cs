namespace Confidant.Audit.Ledger;

/// <summary>The ledger's size and root hash at one moment (not signed: see checkpoints for that).</summary>
/// <param name="Size">The number of entries.</param>
/// <param name="RootHash">MTH of those entries.</param>
public sealed record LedgerHead(long Size, byte[] RootHash);
