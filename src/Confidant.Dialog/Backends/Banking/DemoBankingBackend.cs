using System.Globalization;

namespace Confidant.Dialog.Backends.Banking;

/// <summary>
/// DEMO ONLY: an in-process bank with synthetic data, for the demo bot and for tests. Every text a
/// customer may see says "Demo". Each customer's accounts and history are derived from SHA-256 of
/// their <see cref="CustomerRef"/> (<see cref="DemoSeed"/>): stable across runs, different between
/// customers. Changes (transfers, frozen cards, lost cards, address changes) live in memory for the
/// life of the instance and are thread-safe. Any card ending the customer names exists. Only GBP.
/// </summary>
internal sealed class DemoBankingBackend(TimeProvider time) : IBankingBackend
{
    /// <summary>The one currency of the demo bank.</summary>
    public const string Currency = "GBP";

    private const string Connector = "banking";

    private static readonly (string Description, decimal Min, decimal Max)[] Merchants =
    [
        ("Demo Grocer", -95m, -8m),
        ("Demo Coffee House", -7m, -2.5m),
        ("Demo Rail", -60m, -4m),
        ("Demo Energy Co", -140m, -40m),
        ("Demo Bookshop", -40m, -6m),
        ("Demo Cinema", -25m, -8m),
        ("Demo Salary Ltd", 1800m, 3200m),
    ];

    private readonly Lock _lock = new();
    private readonly Dictionary<CustomerRef, CustomerState> _customers = [];

    /// <inheritdoc />
    public Task<IReadOnlyList<BankAccount>> GetAccountsAsync(CustomerRef customer, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        cancellationToken.ThrowIfCancellationRequested();
        var seed = Seed(customer);
        lock (_lock)
        {
            var state = State(customer);
            IReadOnlyList<BankAccount> accounts =
            [
                new("Demo current account", Masking.Mask(seed.Digits(1, 4)), state.CurrentBalance, Currency),
                new("Demo savings account", Masking.Mask(seed.Digits(3, 4)), state.SavingsBalance, Currency),
            ];
            return Task.FromResult(accounts);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BankTransaction>> GetTransactionsAsync(CustomerRef customer, int count, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.TransactionCount(count);
        cancellationToken.ThrowIfCancellationRequested();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var seed = Seed(customer);
        var history = new List<BankTransaction>(BackendArguments.MaxTransactions);
        var daysAgo = 0;
        for (var i = 0; history.Count < BackendArguments.MaxTransactions; i++)
        {
            daysAgo += seed.Next(100 + i, 0, 3);
            var (description, min, max) = Merchants[seed.Next(200 + i, 0, Merchants.Length)];
            history.Add(new BankTransaction(today.AddDays(-daysAgo), description, seed.Amount(300 + i, min, max), Currency));
        }

        lock (_lock)
        {
            // Transfers made in this demo session come first (newest first), then the synthetic history.
            IReadOnlyList<BankTransaction> latest = [.. Enumerable.Reverse(State(customer).Made).Concat(history).Take(count)];
            return Task.FromResult(latest);
        }
    }

    /// <inheritdoc />
    public Task<ChangeResult> FreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        SetFrozen(customer, cardLastFour, frozen: true, cancellationToken);

    /// <inheritdoc />
    public Task<ChangeResult> UnfreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        SetFrozen(customer, cardLastFour, frozen: false, cancellationToken);

    /// <inheritdoc />
    public Task<ChangeResult> ReportLostCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.LastFour(cardLastFour, nameof(cardLastFour));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var cards = State(customer).Cards;
            if (cards.TryGetValue(cardLastFour, out var card) && card.ReplacementReference is { } earlier)
            {
                return Task.FromResult(new ChangeResult(ChangeOutcome.Unchanged, earlier));
            }

            var reference = DemoSeed.Reference("RPL", "banking-lost-card", $"{customer.Value}\n{cardLastFour}");
            cards[cardLastFour] = new CardState(Frozen: true, ReplacementReference: reference);
            return Task.FromResult(new ChangeResult(ChangeOutcome.Done, reference));
        }
    }

    /// <inheritdoc />
    public Task<TransferConfirmation> TransferAsync(CustomerRef customer, TransferInstruction instruction, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        ArgumentNullException.ThrowIfNull(instruction);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var state = State(customer);
            if (state.Transfers.TryGetValue(instruction.IdempotencyKey, out var earlier))
            {
                return earlier.Instruction == instruction
                    ? Task.FromResult(earlier.Confirmation)
                    : throw new BackendException(BackendErrorCodes.Conflict, $"{Connector}.Transfer", "the idempotency key was already used for a different transfer");
            }

            var amount = instruction.Amount.ToString("0.00", CultureInfo.InvariantCulture);
            TransferConfirmation confirmation;
            if (instruction.Currency != Currency)
            {
                confirmation = new(TransferOutcome.Refused, null, "The demo bank sends GBP only; nothing was sent.");
            }
            else if (instruction.Amount > state.CurrentBalance)
            {
                confirmation = new(TransferOutcome.InsufficientFunds, null, "There is not enough money in the demo current account; nothing was sent.");
            }
            else
            {
                state.CurrentBalance -= instruction.Amount;
                state.Made.Add(new BankTransaction(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), $"Demo transfer to {instruction.Payee}", -instruction.Amount, Currency));
                var reference = DemoSeed.Reference("TRF", "banking-transfer", $"{customer.Value}\n{instruction.IdempotencyKey}");
                confirmation = new(TransferOutcome.Completed, reference, $"Demo transfer: {amount} {Currency} sent to {instruction.Payee}.");
            }

            state.Transfers[instruction.IdempotencyKey] = (instruction, confirmation);
            return Task.FromResult(confirmation);
        }
    }

    /// <inheritdoc />
    public Task<ChangeResult> ChangeAddressAsync(CustomerRef customer, string postcode, string? addressToken, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Postcode(postcode, nameof(postcode));
        if (addressToken is not null)
        {
            BackendArguments.VaultToken(addressToken, nameof(addressToken));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var state = State(customer);
            var reference = DemoSeed.Reference("ADR", "banking-address", $"{customer.Value}\n{postcode}\n{addressToken}");
            var outcome = state.AddressReference == reference ? ChangeOutcome.Unchanged : ChangeOutcome.Done;
            state.AddressReference = reference;
            return Task.FromResult(new ChangeResult(outcome, reference));
        }
    }

    /// <inheritdoc />
    public Task<string> GetBranchHoursAsync(string? postcodeArea, CancellationToken cancellationToken = default)
    {
        BackendArguments.PostcodeArea(postcodeArea, nameof(postcodeArea));
        cancellationToken.ThrowIfCancellationRequested();
        if (postcodeArea is null)
        {
            return Task.FromResult("Demo bank branches (demo data) are open Monday to Friday 09:00–17:00. Tell me your postcode area (such as SW1) for a branch near you.");
        }

        var area = postcodeArea.ToUpperInvariant();
        var seed = new DemoSeed("banking-branch", area);
        var closes = 16 + seed.Next(0, 0, 3);
        var saturday = seed.Next(1, 0, 2) == 0 ? "Saturday 10:00–14:00" : "closed on Saturday";
        return Task.FromResult(string.Create(CultureInfo.InvariantCulture,
            $"Demo branch {area} (demo data): Monday to Friday 09:00–{closes}:00, {saturday}, closed on Sunday."));
    }

    private static DemoSeed Seed(CustomerRef customer) => new("banking", customer.Value);

    private Task<ChangeResult> SetFrozen(CustomerRef customer, string cardLastFour, bool frozen, CancellationToken cancellationToken)
    {
        BackendArguments.Customer(customer);
        BackendArguments.LastFour(cardLastFour, nameof(cardLastFour));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var cards = State(customer).Cards;
            var card = cards.GetValueOrDefault(cardLastFour, new CardState(Frozen: false, ReplacementReference: null));
            if (card.ReplacementReference is not null)
            {
                // A card reported lost stays blocked.
                return Task.FromResult(new ChangeResult(frozen ? ChangeOutcome.Unchanged : ChangeOutcome.Refused));
            }

            if (card.Frozen == frozen)
            {
                return Task.FromResult(new ChangeResult(ChangeOutcome.Unchanged));
            }

            cards[cardLastFour] = card with { Frozen = frozen };
            return Task.FromResult(new ChangeResult(ChangeOutcome.Done));
        }
    }

    private CustomerState State(CustomerRef customer)
    {
        if (!_customers.TryGetValue(customer, out var state))
        {
            var seed = Seed(customer);
            state = new CustomerState(seed.Amount(2, 250m, 4000m), seed.Amount(4, 500m, 20000m));
            _customers.Add(customer, state);
        }

        return state;
    }

    private sealed record CardState(bool Frozen, string? ReplacementReference);

    private sealed class CustomerState(decimal currentBalance, decimal savingsBalance)
    {
        public decimal CurrentBalance { get; set; } = currentBalance;

        public decimal SavingsBalance { get; } = savingsBalance;

        public List<BankTransaction> Made { get; } = [];

        public Dictionary<string, CardState> Cards { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (TransferInstruction Instruction, TransferConfirmation Confirmation)> Transfers { get; } = new(StringComparer.Ordinal);

        public string? AddressReference { get; set; }
    }
}
