using Confidant.Audit.Events;
using Confidant.Storage;
using Confidant.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>Retention runs are recorded in the ledger with counts per kind of record.</summary>
public sealed class MaintenanceAuditTests
{
    [Fact]
    public async Task ARetentionRunThatDeletedRecords_IsRecordedWithItsCounts()
    {
        await using var h = AuditHarness.Create(new StorageOptions { Provider = StorageProvider.Sqlite });
        var observer = Assert.Single(h.Services.GetServices<IMaintenanceObserver>());

        await observer.RetentionPurgedAsync(new RetentionResult(Messages: 12, Conversations: 3, VaultEntries: 0));

        var entry = Assert.Single(await h.Ledger.ReadEntriesAsync().ToListAsync());
        var recorded = AuditEntryCodec.Decode(entry.Entry);
        Assert.Equal(AuditEventTypes.RetentionPurged, recorded.Type);
        Assert.Equal("system:retention-job", recorded.Actor);
        Assert.Equal(new Dictionary<string, int> { ["conversations"] = 3, ["messages"] = 12 }, recorded.Target!.Classes);
    }
}
