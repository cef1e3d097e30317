namespace Confidant.Storage.Ledger;

/// <summary>
/// The ledger's one head row: its size and root. Every append locks this row first, which
/// serialises appends from every server node sharing the database.
/// </summary>
internal sealed class AuditHeadRow
{
    public int Id { get; set; }

    public long Size { get; set; }

    public required byte[] RootHash { get; set; }

    public long UpdatedAtUnixMs { get; set; }
}
