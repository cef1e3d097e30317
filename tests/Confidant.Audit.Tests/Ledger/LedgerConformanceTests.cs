using System.Data.Common;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Audit.Merkle;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Protection.Vault;
using Confidant.Storage;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>What the stored ledger promises, run unchanged on each provider (see the derived classes).</summary>
public abstract class LedgerConformanceTests : ProviderTests
{
    [SkippableFact]
    public async Task ANewLedger_IsEmpty_WithTheEmptyTreeRoot()
    {
        SkipIfUnavailable();
        var head = await H.Ledger.GetHeadAsync();
        Assert.Equal(0, head.Size);
        Assert.Equal(MerkleHash.EmptyRoot.ToArray(), head.RootHash);
    }

    [SkippableFact]
    public async Task ConcurrentAppends_GetDistinctConsecutiveIndexes_AndTheStoredRootIsTheRecomputedOne()
    {
        SkipIfUnavailable();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow())).AsTask()));

        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), receipts.Select(r => r.Index).Order());
        var head = await H.Ledger.GetHeadAsync();
        Assert.Equal(500, head.Size);

        var recomputed = new InMemoryHashSource();
        var seen = 0L;
        await foreach (var entry in H.Ledger.ReadEntriesAsync())
        {
            Assert.Equal(seen++, entry.Index);
            Assert.Equal(MerkleHash.HashLeaf(entry.Entry), entry.StoredLeafHash);
            AuditEntryCodec.Decode(entry.Entry); // every stored entry is canonical
            recomputed.Append(entry.Entry);
        }

        Assert.Equal(500, seen);
        Assert.Equal(await new MerkleProofBuilder(recomputed).GetRootHashAsync(500), head.RootHash);
        foreach (var receipt in receipts)
        {
            Assert.Equal(recomputed.GetSubtreeHash(new Subtree(receipt.Index, 0)).ToArray(), receipt.LeafHash);
        }
    }

    [SkippableFact]
    public async Task ProofsFromTheDatabase_EqualTheDefinition_AndVerify_ForEverySizeAndIndex()
    {
        SkipIfUnavailable();
        var reference = new InMemoryHashSource();
        var referenceProofs = new MerkleProofBuilder(reference);
        const int Size = 40;
        for (var n = 1; n <= Size; n++)
        {
            var receipt = await H.Ledger.AppendAsync(AuditHarness.SampleEvent(n, H.Time.GetUtcNow()));
            await foreach (var entry in H.Ledger.ReadEntriesAsync(receipt.Index, 1))
            {
                reference.Append(entry.Entry);
            }

            var root = await H.Ledger.GetRootHashAsync(n);
            Assert.Equal(await referenceProofs.GetRootHashAsync(n), root);
            Assert.Equal(root, receipt.Head.RootHash);
        }

        for (var n = 1; n <= Size; n++)
        {
            var root = await H.Ledger.GetRootHashAsync(n);
            for (var i = 0; i < n; i++)
            {
                var proof = await H.Ledger.GetInclusionProofAsync(i, n);
                Assert.Equal(await referenceProofs.GetInclusionProofAsync(i, n), proof);
                Assert.True(MerkleVerifier.VerifyInclusion(reference.GetSubtreeHash(new Subtree(i, 0)), i, n, proof, root));
            }

            for (var m = 0; m <= n; m++)
            {
                var proof = await H.Ledger.GetConsistencyProofAsync(m, n);
                Assert.True(MerkleVerifier.VerifyConsistency(m, n, await H.Ledger.GetRootHashAsync(m), root, proof));
            }
        }
    }

    [SkippableFact]
    public async Task ProofsBeyondTheLog_AreRefusedWithACode()
    {
        SkipIfUnavailable();
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));

        Assert.Equal(AuditErrorCodes.OutOfRange, (await Assert.ThrowsAsync<AuditException>(() => H.Ledger.GetInclusionProofAsync(0, 2))).Code);
        Assert.Equal(AuditErrorCodes.OutOfRange, (await Assert.ThrowsAsync<AuditException>(() => H.Ledger.GetInclusionProofAsync(1, 1))).Code);
        Assert.Equal(AuditErrorCodes.OutOfRange, (await Assert.ThrowsAsync<AuditException>(() => H.Ledger.GetConsistencyProofAsync(1, 2))).Code);
        Assert.Equal(AuditErrorCodes.OutOfRange, (await Assert.ThrowsAsync<AuditException>(() => H.Ledger.GetConsistencyProofAsync(2, 1))).Code);
        Assert.Equal(AuditErrorCodes.OutOfRange, (await Assert.ThrowsAsync<AuditException>(() => H.Ledger.GetRootHashAsync(5))).Code);
    }

    [SkippableFact]
    public async Task TheDatabase_RefusesToChangeOrDeleteLedgerRows()
    {
        SkipIfUnavailable();
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(1, H.Time.GetUtcNow()));
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(2, H.Time.GetUtcNow()));

        foreach (var sql in new[]
        {
            """UPDATE "audit_entries" SET "Entry" = "LeafHash" WHERE "Index" = 0""",
            """DELETE FROM "audit_entries" WHERE "Index" = 1""",
            """UPDATE "audit_hashes" SET "Hash" = "Hash" """,
            """DELETE FROM "audit_hashes" """,
        })
        {
            var ex = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(sql));
            Assert.Contains(AuditErrorCodes.AppendOnly, ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await H.Ledger.GetHeadAsync()).Size);
        Assert.Equal(2, await H.Ledger.ReadEntriesAsync().CountAsync());
    }

    [SkippableFact]
    public async Task ACrashBeforeTheCommit_LeavesTheLogAtItsLastCompleteState_AndTheNextAppendWorks()
    {
        SkipIfUnavailable();
        for (var i = 0; i < 5; i++)
        {
            await H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow()));
        }

        var before = await H.Ledger.GetHeadAsync();
        H.Ledger.Store.BeforeCommit = _ => throw new IOException("simulated crash: the process died before the commit");
        var failed = await Task.WhenAll(Enumerable.Range(10, 3).Select(async i =>
        {
            try
            {
                await H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow()));
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }));
        Assert.All(failed, Assert.True);

        var after = await H.Ledger.GetHeadAsync();
        Assert.Equal(before.Size, after.Size);
        Assert.Equal(before.RootHash, after.RootHash);
        Assert.Equal(before.Size, await H.Ledger.ReadEntriesAsync().CountAsync());
        // Stored inner nodes are the complete subtrees above the leaves: n minus one per subtree on the right edge.
        Assert.Equal(before.Size - System.Numerics.BitOperations.PopCount((ulong)before.Size), await CountHashRowsAsync());

        H.Ledger.Store.BeforeCommit = null;
        var receipt = await H.Ledger.AppendAsync(AuditHarness.SampleEvent(99, H.Time.GetUtcNow()));
        Assert.Equal(before.Size, receipt.Index);
        await AssertStoredTreeIsConsistentAsync();
    }

    [SkippableFact]
    public async Task AnAppendWithTheCallersWrites_CommitsBoth_OrNeither()
    {
        SkipIfUnavailable();
        var store = H.Services.GetRequiredService<ConversationStore>();
        var conversation = await store.StartAsync("acme", "cust-1", H.Time.GetUtcNow().AddDays(30));
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(0, H.Time.GetUtcNow()));

        // Both kept: the message is readable and its entry names it.
        var kept = await store.SealBatchAsync([Message(conversation, "kept")]);
        var receipts = await H.Ledger.AppendWithAsync([StoredEvent(kept.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, kept, ct));
        Assert.Equal(1, Assert.Single(receipts).Index);
        Assert.Equal("kept", Assert.Single(await store.ReadAsync("acme", "cust-1", conversation, "transcript")).Text);
        var entries = await H.Ledger.ReadEntriesAsync().ToListAsync();
        Assert.Equal([kept.Ids[0].ToString()], AuditEntryCodec.Decode(entries[1].Entry).Target!.Ids);

        // The caller's writes fail (no such conversation): no entry either.
        var missing = await store.SealBatchAsync([Message(Guid.NewGuid(), "lost")]);
        await Assert.ThrowsAsync<StorageException>(() => H.Ledger.AppendWithAsync([StoredEvent(missing.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, missing, ct)));
        Assert.Equal(2, (await H.Ledger.GetHeadAsync()).Size);

        // The ledger's part fails before the commit: the caller's message is not kept either.
        var orphan = await store.SealBatchAsync([Message(conversation, "orphan")]);
        H.Ledger.Store.BeforeCommit = _ => throw new IOException("simulated crash: the process died before the commit");
        await Assert.ThrowsAsync<IOException>(() => H.Ledger.AppendWithAsync([StoredEvent(orphan.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, orphan, ct)));
        H.Ledger.Store.BeforeCommit = null;
        Assert.Equal(["kept"], (await store.ReadAsync("acme", "cust-1", conversation, "transcript")).Select(m => m.Text));
        Assert.Equal(2, (await H.Ledger.GetHeadAsync()).Size);

        // The ledger goes on from where it was, through either kind of append.
        var next = await store.SealBatchAsync([Message(conversation, "next")]);
        await Task.WhenAll(
            H.Ledger.AppendWithAsync([StoredEvent(next.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, next, ct)),
            H.Ledger.AppendAsync(AuditHarness.SampleEvent(7, H.Time.GetUtcNow())).AsTask());
        Assert.Equal(4, (await H.Ledger.GetHeadAsync()).Size);
        Assert.Equal(["kept", "next"], (await store.ReadAsync("acme", "cust-1", conversation, "transcript")).Select(m => m.Text));
        await AssertStoredTreeIsConsistentAsync();
    }

    [SkippableFact]
    public async Task SealedBatchesOfSeveralRequests_AreWrittenAsOne_EachConversationKeepingItsOrderStateAndHandoff()
    {
        SkipIfUnavailable();
        var store = H.Services.GetRequiredService<ConversationStore>();
        var first = await store.StartAsync("acme", "cust-1", H.Time.GetUtcNow().AddDays(30));
        var second = await store.StartAsync("acme", "cust-1", H.Time.GetUtcNow().AddDays(30));
        var a = await store.SealBatchAsync([Message(first, "a1"), Message(first, "a2") with { ConversationState = "state-a"u8.ToArray() }]);
        H.Time.Advance(TimeSpan.FromSeconds(5));
        var b = await store.SealBatchAsync([Message(second, "b1") with { HandsOffConversation = true, ConversationState = "state-b"u8.ToArray() }]);
        var c = await store.SealBatchAsync([Message(first, "a3")]);

        var all = SealedMessages.Concat([a, b, c]);
        Assert.Equal([.. a.Ids, .. b.Ids, .. c.Ids], all.Ids);
        await H.Ledger.AppendWithAsync([StoredEvent(a.Ids[0]), StoredEvent(b.Ids[0]), StoredEvent(c.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, all, ct));

        Assert.Equal(["a1", "a2", "a3"], (await store.ReadAsync("acme", "cust-1", first, "transcript")).Select(m => m.Text));
        Assert.Equal(["b1"], (await store.ReadAsync("acme", "cust-1", second, "transcript")).Select(m => m.Text));
        Assert.Equal("state-a"u8.ToArray(), await store.LoadStateAsync("acme", "cust-1", first));
        Assert.Equal("state-b"u8.ToArray(), await store.LoadStateAsync("acme", "cust-1", second));
        var handedOff = Assert.Single(await store.ListHandedOffAsync("acme", 10));
        Assert.Equal(second, handedOff.Id);
        Assert.Equal(H.Time.GetUtcNow(), handedOff.HandedOffAt); // when its own request sealed it
        Assert.Equal(3, (await H.Ledger.GetHeadAsync()).Size);
    }

    [SkippableFact]
    public async Task AppendsWithWrites_AndPlainAppends_FromTwoNodes_KeepOneConsistentLog()
    {
        SkipIfUnavailable();
        await using var second = H.SecondNode();
        var store = H.Services.GetRequiredService<ConversationStore>();
        var conversations = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.StartAsync("acme", "cust-1", H.Time.GetUtcNow().AddDays(30))));

        var withWrites = Enumerable.Range(0, 20).Select(async i =>
        {
            var sealedMessages = await store.SealBatchAsync([Message(conversations[i % 4], $"m{i}")]);
            return (await H.Ledger.AppendWithAsync([StoredEvent(sealedMessages.Ids[0])], (connection, transaction, ct) => store.WriteSealedAsync(connection, transaction, sealedMessages, ct)))[0];
        });
        var plain = Enumerable.Range(100, 40).Select(i => second.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow())).AsTask());
        var receipts = await Task.WhenAll(withWrites.Concat(plain));

        Assert.Equal(60, receipts.Select(r => r.Index).Distinct().Count());
        Assert.Equal(60, (await H.Ledger.GetHeadAsync()).Size);
        var stored = 0;
        foreach (var conversation in conversations)
        {
            stored += (await store.ReadAsync("acme", "cust-1", conversation, "transcript")).Count;
        }

        Assert.Equal(20, stored);
        await AssertStoredTreeIsConsistentAsync();
    }

    [SkippableFact]
    public async Task WritesThatAppendToTheLedgerThemselves_FailClearly_InsteadOfWaitingForThemselves()
    {
        SkipIfUnavailable();
        var queued = H.Ledger.AppendWithAsync([AuditHarness.SampleEvent(1, H.Time.GetUtcNow())], async (_, _, ct) => await H.Ledger.AppendAsync(AuditHarness.SampleEvent(2, H.Time.GetUtcNow()), ct));
        var withWrites = H.Ledger.AppendWithAsync([AuditHarness.SampleEvent(3, H.Time.GetUtcNow())], (_, _, ct) => H.Ledger.AppendWithAsync([AuditHarness.SampleEvent(4, H.Time.GetUtcNow())], (_, _, _) => Task.CompletedTask, ct));

        await Assert.ThrowsAsync<InvalidOperationException>(() => queued.WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => withWrites.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, (await H.Ledger.GetHeadAsync()).Size);
        await H.Ledger.AppendAsync(AuditHarness.SampleEvent(5, H.Time.GetUtcNow())); // and the ledger goes on
        Assert.Equal(1, (await H.Ledger.GetHeadAsync()).Size);
    }

    private NewMessage Message(Guid conversation, string text) => new()
    {
        TenantId = "acme",
        SubjectId = "cust-1",
        ConversationId = conversation,
        Views = new Dictionary<string, string> { ["transcript"] = text },
        RetainUntil = H.Time.GetUtcNow().AddDays(30),
    };

    private AuditEvent StoredEvent(Guid message) => AuditHarness.SampleEvent(0, H.Time.GetUtcNow()) with
    {
        Target = new AuditTarget { Type = "message", Ids = [message.ToString()] },
    };

    [SkippableFact]
    public async Task TwoNodes_AppendingToOneDatabase_KeepOneConsistentLog()
    {
        SkipIfUnavailable();
        await using var second = H.SecondNode();
        var first = Enumerable.Range(0, 150).Select(i => H.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow())).AsTask());
        var other = Enumerable.Range(1000, 150).Select(i => second.Ledger.AppendAsync(AuditHarness.SampleEvent(i, H.Time.GetUtcNow())).AsTask());
        var receipts = await Task.WhenAll(first.Concat(other));

        Assert.Equal(300, receipts.Select(r => r.Index).Distinct().Count());
        Assert.Equal(300, (await H.Ledger.GetHeadAsync()).Size);
        Assert.Equal(300, (await second.Ledger.GetHeadAsync()).Size);
        await AssertStoredTreeIsConsistentAsync();
    }

    [SkippableFact]
    public async Task Detokenizing_WritesAnAuditEntry_WithTheTokenFingerprintAndNeitherTheTokenNorTheValue()
    {
        SkipIfUnavailable();
        const string Card = "4111111111111111";
        var tokenized = await H.Vault.TokenizeAsync("acme", "cust-7", "CARD_NUMBER", Card.AsMemory());
        var revealed = await H.Vault.DetokenizeAsync(new DetokenizeRequest("acme", tokenized.Token, "payment.charge", "svc:payments"));
        Assert.Equal(DetokenizeStatus.Revealed, revealed.Status);
        revealed.Value?.Dispose();
        var denied = await H.Vault.DetokenizeAsync(new DetokenizeRequest("acme", tokenized.Token, "marketing", "svc:mailer"));
        Assert.Equal(DetokenizeStatus.Denied, denied.Status);

        var entries = await H.Ledger.ReadEntriesAsync().Select(e => e.Entry).ToListAsync();
        var events = entries.Select(e => AuditEntryCodec.Decode(e)).Where(e => e.Type == AuditEventTypes.VaultDetokenize).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(AuditOutcome.Success, events[0].Outcome);
        Assert.Equal("service:payments", events[0].Actor);
        Assert.Equal("payment.charge", events[0].Reason);
        Assert.Equal(AuditOutcome.Denied, events[1].Outcome);
        Assert.Equal(["CARD_NUMBER"], events[0].Target!.Classes.Keys);
        Assert.StartsWith("tokfp:", events[0].Target!.Ids[0], StringComparison.Ordinal);
        foreach (var text in entries.Select(System.Text.Encoding.UTF8.GetString))
        {
            Assert.DoesNotContain(Card, text, StringComparison.Ordinal);
            Assert.DoesNotContain(tokenized.Token, text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task APrincipalThatIsNotAServiceName_IsNotWrittenNorHashed()
    {
        SkipIfUnavailable();
        var tokenized = await H.Vault.TokenizeAsync("acme", "cust-8", "CARD_NUMBER", "4111111111111111".AsMemory());
        await H.Vault.DetokenizeAsync(new DetokenizeRequest("acme", tokenized.Token, "because alice asked", "alice.smith@example.com"));

        var text = System.Text.Encoding.UTF8.GetString((await H.Ledger.ReadEntriesAsync().ToListAsync())[^1].Entry);
        Assert.Contains("\"actor\":\"service:unrecognised-principal\"", text, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"purpose-unrecognised\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ACustomersPseudonym_IsStable_AndCannotBeMadeAgainAfterErasure_WhileTheirEntriesStillVerify()
    {
        SkipIfUnavailable();
        var alice = await H.Pseudonyms.CustomerAsync("acme", "alice");
        Assert.Equal(alice, await H.Pseudonyms.CustomerAsync("acme", "alice"));
        Assert.NotEqual(alice, await H.Pseudonyms.CustomerAsync("acme", "bob"));
        Assert.NotEqual(alice, await H.Pseudonyms.StaffAsync("acme", "alice"));
        Assert.DoesNotContain("alice", alice, StringComparison.Ordinal);

        var receipt = await H.Ledger.AppendAsync(new AuditEvent
        {
            Type = AuditEventTypes.ConversationStarted,
            Time = H.Time.GetUtcNow(),
            Tenant = "acme",
            Actor = alice,
            Outcome = AuditOutcome.Success,
        });
        await H.Ring.EraseAsync(KeyScope.ForSubject("acme", "alice"));

        var ex = await Assert.ThrowsAsync<ProtectionException>(() => H.Pseudonyms.CustomerAsync("acme", "alice").AsTask());
        Assert.Equal(ProtectionErrorCodes.ScopeErased, ex.Code);
        var head = await H.Ledger.GetHeadAsync();
        var proof = await H.Ledger.GetInclusionProofAsync(receipt.Index, head.Size);
        Assert.True(MerkleVerifier.VerifyInclusion(receipt.LeafHash, receipt.Index, head.Size, proof, head.RootHash));
    }


    private async Task AssertStoredTreeIsConsistentAsync()
    {
        var head = await H.Ledger.GetHeadAsync();
        var recomputed = new InMemoryHashSource();
        await foreach (var entry in H.Ledger.ReadEntriesAsync())
        {
            recomputed.Append(entry.Entry);
        }

        Assert.Equal(head.Size, recomputed.Count);
        Assert.Equal(await new MerkleProofBuilder(recomputed).GetRootHashAsync(head.Size), head.RootHash);
        Assert.Equal(await new MerkleProofBuilder(recomputed).GetRootHashAsync(head.Size), await H.Ledger.GetRootHashAsync(head.Size));
    }

    private async Task<long> CountHashRowsAsync()
    {
        await using var db = await H.Db.CreateAsync();
        return await db.Database.SqlQueryRaw<long>("""SELECT COUNT(*) AS "Value" FROM "audit_hashes" """).SingleAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = await H.Db.CreateAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
