namespace Confidant.Audit.Ledger;

/// <summary>Where an appended event landed: its index and leaf hash, and the log's head after the batch that wrote it.</summary>
/// <param name="Index">The entry's position.</param>
/// <param name="LeafHash">SHA-256(0x00 ‖ entry).</param>
/// <param name="Head">The size and root right after the entry's batch was committed.</param>
public sealed record AuditReceipt(long Index, byte[] LeafHash, LedgerHead Head);
