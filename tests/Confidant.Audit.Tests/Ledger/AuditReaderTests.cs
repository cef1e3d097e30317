using Confidant.Audit.Events;
using Confidant.Audit.Reading;
using Confidant.Storage;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>Listing events: only auditors and admins, only their tenant, and every listing is itself in the log.</summary>
public sealed class AuditReaderTests : IAsyncLifetime
{
    private AuditHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = AuditHarness.Create(new StorageOptions { Provider = StorageProvider.Sqlite });
        foreach (var tenant in new[] { "acme", "globex", "acme" })
        {
            await _h.Ledger.AppendAsync(AuditHarness.SampleEvent(1, _h.Time.GetUtcNow()) with { Tenant = tenant });
        }
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SomeoneWithoutTheRole_IsRefused_AndTheRefusalIsRecorded()
    {
        var agent = new AuditReaderIdentity(await _h.Pseudonyms.StaffAsync("acme", "agent-1"), ["agent"], "acme");

        var ex = await Assert.ThrowsAsync<AuditException>(() => _h.Reader.ListAsync(agent, new AuditQuery()));

        Assert.Equal(AuditErrorCodes.ReadDenied, ex.Code);
        var last = await LastEventAsync();
        Assert.Equal((AuditEventTypes.AuditRead, AuditOutcome.Denied, agent.Actor), (last.Type, last.Outcome, last.Actor));
    }

    [Fact]
    public async Task ATenantsAuditor_SeesOnlyTheirTenant_AndCannotAskForAnother()
    {
        var auditor = new AuditReaderIdentity(await _h.Pseudonyms.StaffAsync("acme", "dan"), [AuditRoles.Auditor], "acme");

        var listed = await _h.Reader.ListAsync(auditor, new AuditQuery());
        Assert.Equal([0L, 2L], listed.Where(e => e.Event.Type == AuditEventTypes.MessageStored).Select(e => e.Index));
        Assert.All(listed, e => Assert.Equal("acme", e.Event.Tenant));

        var ex = await Assert.ThrowsAsync<AuditException>(() => _h.Reader.ListAsync(auditor, new AuditQuery { Tenant = "globex" }));
        Assert.Equal(AuditErrorCodes.ReadDenied, ex.Code);
    }

    [Fact]
    public async Task EveryListing_IsRecordedBeforeItIsReturned()
    {
        var admin = new AuditReaderIdentity(AuditActor.System("cli"), [AuditRoles.Admin], null);

        var first = await _h.Reader.ListAsync(admin, new AuditQuery());
        var second = await _h.Reader.ListAsync(admin, new AuditQuery { EventId = AuditEventTypes.AuditRead.Id });

        Assert.Equal(4, first.Count); // three events and this listing's own record
        Assert.Equal(2, second.Count);
        Assert.All(second, e => Assert.Equal(AuditOutcome.Success, e.Event.Outcome));
    }

    private async Task<AuditEvent> LastEventAsync()
    {
        var entries = await _h.Ledger.ReadEntriesAsync().ToListAsync();
        return AuditEntryCodec.Decode(entries[^1].Entry);
    }
}
