namespace Confidant.Storage.Jobs;

/// <summary>
/// Told what each maintenance round deleted (counts only), so it can be recorded: the audit ledger
/// implements it (storage cannot depend on the ledger, which is stored here).
/// </summary>
public interface IMaintenanceObserver
{
    /// <summary>Called after a retention run that deleted something.</summary>
    ValueTask RetentionPurgedAsync(RetentionResult result, CancellationToken cancellationToken = default);
}
