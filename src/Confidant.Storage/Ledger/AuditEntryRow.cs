namespace Confidant.Storage.Ledger;

/// <summary>
/// One entry of the audit ledger: its position, its canonical bytes and their RFC 6962 leaf hash.
/// The ledger (Confidant.Audit) reads and writes these rows with SQL of its own; this type only
/// gives the table its shape in the model and the migrations.
/// </summary>
internal sealed class AuditEntryRow
{
    public long Index { get; set; }

    public required byte[] LeafHash { get; set; }

    public required byte[] Entry { get; set; }
}
