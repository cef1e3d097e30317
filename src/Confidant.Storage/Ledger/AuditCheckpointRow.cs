namespace Confidant.Storage.Ledger;

/// <summary>A signed checkpoint (C2SP signed-note text) of the ledger at one size.</summary>
internal sealed class AuditCheckpointRow
{
    public long Size { get; set; }

    public required string Note { get; set; }

    public long CreatedAtUnixMs { get; set; }
}
