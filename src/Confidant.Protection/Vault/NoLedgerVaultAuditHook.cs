namespace Confidant.Protection.Vault;

/// <summary>
/// The audit hook used until the audit ledger is registered: it accepts every record and keeps
/// nothing (the vault still logs each use, without values). The ledger replaces it.
/// </summary>
internal sealed class NoLedgerVaultAuditHook : IVaultAuditHook
{
    public ValueTask RecordAsync(VaultAccess access, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
