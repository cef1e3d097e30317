namespace Confidant.Protection.Vault;

/// <summary>Receives every detokenization (the audit ledger implements it). A failing hook fails the detokenization.</summary>
public interface IVaultAuditHook
{
    /// <summary>Records one use of the vault.</summary>
    ValueTask RecordAsync(VaultAccess access, CancellationToken cancellationToken = default);
}
