using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Microsoft.Extensions.Time.Testing;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

public sealed class DemoBankingBackendTests
{
    private static DemoBankingBackend NewBank() => new(new FakeTimeProvider(Monday));

    [Fact]
    public async Task Accounts_SameCustomerOnTwoInstances_AreIdentical()
    {
        var first = await NewBank().GetAccountsAsync(Alice);
        var second = await NewBank().GetAccountsAsync(new CustomerRef(Alice.Value));

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Accounts_TwoCustomers_Differ()
    {
        var bank = NewBank();

        var alice = await bank.GetAccountsAsync(Alice);
        var bob = await bank.GetAccountsAsync(Bob);

        Assert.NotEqual(alice.Select(a => (a.MaskedNumber, a.Balance)), bob.Select(a => (a.MaskedNumber, a.Balance)));
    }

    [Fact]
    public async Task Transactions_SameCustomerOnTwoInstances_AreIdentical_AndDifferFromAnotherCustomer()
    {
        var alice = await NewBank().GetTransactionsAsync(Alice, 20);
        var aliceAgain = await NewBank().GetTransactionsAsync(Alice, 20);
        var bob = await NewBank().GetTransactionsAsync(Bob, 20);

        Assert.Equal(20, alice.Count);
        Assert.Equal(alice, aliceAgain);
        Assert.NotEqual(alice, bob);
    }

    [Fact]
    public async Task Transactions_AreNewestFirst_AndHonourTheCount()
    {
        var latest = await NewBank().GetTransactionsAsync(Alice, 5);

        Assert.Equal(5, latest.Count);
        Assert.All(latest.Zip(latest.Skip(1)), pair => Assert.True(pair.First.Date >= pair.Second.Date));
        Assert.All(latest, t => Assert.True(t.Date <= DateOnly.FromDateTime(Monday.UtcDateTime)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public async Task Transactions_CountOutsideOneToTwenty_IsRefused(int count) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => NewBank().GetTransactionsAsync(Alice, count));

    [Fact]
    public async Task EveryTextACustomerSees_SaysDemo()
    {
        var bank = NewBank();
        var texts = new List<string>();
        texts.AddRange((await bank.GetAccountsAsync(Alice)).Select(a => a.DisplayName));
        texts.AddRange((await bank.GetTransactionsAsync(Alice, 20)).Select(t => t.Description));
        texts.Add(await bank.GetBranchHoursAsync(null));
        texts.Add(await bank.GetBranchHoursAsync("SW1"));
        texts.Add((await bank.TransferAsync(Alice, new TransferInstruction(1m, "GBP", "landlord", "transfer-0001"))).Summary);
        texts.Add((await bank.TransferAsync(Alice, new TransferInstruction(999_999m, "GBP", "landlord", "transfer-0002"))).Summary);

        Assert.All(texts, text => Assert.Contains("demo", text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Transfer_SameIdempotencyKeyTwice_MovesTheMoneyOnce()
    {
        var bank = NewBank();
        var before = (await bank.GetAccountsAsync(Alice))[0].Balance;
        var instruction = new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01");

        var first = await bank.TransferAsync(Alice, instruction);
        var second = await bank.TransferAsync(Alice, new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01"));

        Assert.Equal(TransferOutcome.Completed, first.Outcome);
        Assert.StartsWith("DEMO-TRF-", first.Reference, StringComparison.Ordinal);
        Assert.Equal(first, second);
        Assert.Equal(before - 250m, (await bank.GetAccountsAsync(Alice))[0].Balance);
        var latest = (await bank.GetTransactionsAsync(Alice, 1))[0];
        Assert.Equal(-250m, latest.Amount);
    }

    [Fact]
    public async Task Transfer_SameKeyForADifferentTransfer_IsAConflict()
    {
        var bank = NewBank();
        await bank.TransferAsync(Alice, new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01"));

        var ex = await Assert.ThrowsAsync<BackendException>(() => bank.TransferAsync(Alice, new TransferInstruction(2500m, "GBP", "landlord", "rent-2026-01")));

        Assert.Equal(BackendErrorCodes.Conflict, ex.Code);
    }

    [Fact]
    public async Task Transfer_MoreThanTheBalance_SendsNothing()
    {
        var bank = NewBank();
        var before = await bank.GetAccountsAsync(Alice);

        var result = await bank.TransferAsync(Alice, new TransferInstruction(before[0].Balance + 0.01m, "GBP", "landlord", "too-much-0001"));

        Assert.Equal(TransferOutcome.InsufficientFunds, result.Outcome);
        Assert.Null(result.Reference);
        Assert.Equal(before, await bank.GetAccountsAsync(Alice));
    }

    [Fact]
    public async Task ConcurrentTransfers_EachMoveTheirMoneyExactlyOnce()
    {
        var bank = NewBank();
        var before = (await bank.GetAccountsAsync(Alice))[0].Balance;

        await Parallel.ForEachAsync(Enumerable.Range(0, 50), async (i, ct) =>
        {
            await bank.TransferAsync(Alice, new TransferInstruction(1m, "GBP", "savings pot", $"pot-{i:0000}"), ct);
            await bank.TransferAsync(Alice, new TransferInstruction(1m, "GBP", "savings pot", $"pot-{i:0000}"), ct);
        });

        Assert.Equal(before - 50m, (await bank.GetAccountsAsync(Alice))[0].Balance);
    }

    [Fact]
    public async Task FreezeAndUnfreeze_ReportWhatChanged()
    {
        var bank = NewBank();

        Assert.Equal(ChangeOutcome.Done, (await bank.FreezeCardAsync(Alice, "4821")).Outcome);
        Assert.Equal(ChangeOutcome.Unchanged, (await bank.FreezeCardAsync(Alice, "4821")).Outcome);
        Assert.Equal(ChangeOutcome.Unchanged, (await bank.UnfreezeCardAsync(Bob, "4821")).Outcome);
        Assert.Equal(ChangeOutcome.Done, (await bank.UnfreezeCardAsync(Alice, "4821")).Outcome);
    }

    [Fact]
    public async Task LostCard_GetsOneReplacement_AndStaysBlocked()
    {
        var bank = NewBank();

        var lost = await bank.ReportLostCardAsync(Alice, "4821");
        var again = await bank.ReportLostCardAsync(Alice, "4821");

        Assert.Equal(ChangeOutcome.Done, lost.Outcome);
        Assert.StartsWith("DEMO-RPL-", lost.Reference, StringComparison.Ordinal);
        Assert.Equal(new ChangeResult(ChangeOutcome.Unchanged, lost.Reference), again);
        Assert.Equal(ChangeOutcome.Refused, (await bank.UnfreezeCardAsync(Alice, "4821")).Outcome);
    }

    [Fact]
    public async Task ChangeAddress_TakesAPostcodeAndAToken_NotTheAddress()
    {
        var bank = NewBank();

        var changed = await bank.ChangeAddressAsync(Alice, "SW1A 1AA", Token("street_address"));
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => bank.ChangeAddressAsync(Alice, "SW1A 1AA", "10 Downing Street"));

        Assert.Equal(ChangeOutcome.Done, changed.Outcome);
        Assert.Equal("addressToken", ex.ParamName);
        Assert.DoesNotContain("Downing", ex.Message, StringComparison.Ordinal);
    }
}
