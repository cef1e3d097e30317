namespace Confidant.Audit.Ledger;

/// <summary>An entry as stored: its index, the leaf hash stored with it, and its canonical bytes.</summary>
/// <param name="Index">The position in the log.</param>
/// <param name="StoredLeafHash">The leaf hash stored beside the entry (recompute it; it may have been altered).</param>
/// <param name="Entry">The canonical entry bytes.</param>
public sealed record StoredEntry(long Index, byte[] StoredLeafHash, byte[] Entry);
