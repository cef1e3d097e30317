namespace Confidant.Dialog.Backends.Retail;

/// <summary>
/// DEMO ONLY: an in-process shop with a small synthetic catalogue (every name starts with "Demo";
/// item 389501 is the one of the user journey), for the demo bot and for tests. Order ids and return
/// references are derived with SHA-256 from the <see cref="CustomerRef"/> and the idempotency key
/// (<see cref="DemoSeed"/>), so they are stable across runs; orders and returns live in memory for the
/// life of the instance and are thread-safe. No card is ever charged: the demo never detokenizes; it
/// shows the token's last four digits ("paid with •••• 1111") and keeps the token only to recognise a
/// repeated request.
/// </summary>
internal sealed class DemoRetailBackend : IRetailBackend
{
    /// <summary>The one currency of the demo shop.</summary>
    public const string Currency = "GBP";

    private const int MaxResults = 10;

    private static readonly Product[] Catalogue =
    [
        new("389501", "Demo wireless headphones", 59.99m, Currency),
        new("389502", "Demo headphone case", 12.50m, Currency),
        new("214870", "Demo running shoes", 74.00m, Currency),
        new("552310", "Demo coffee grinder", 39.95m, Currency),
        new("118204", "Demo desk lamp", 24.99m, Currency),
        new("730011", "Demo backpack", 45.00m, Currency),
        new("640092", "Demo water bottle", 9.99m, Currency),
        new("905377", "Demo phone charger", 19.99m, Currency),
        new("301456", "Demo yoga mat", 22.50m, Currency),
        new("447120", "Demo kettle", 29.00m, Currency),
    ];

    private readonly Lock _lock = new();
    private readonly Dictionary<CustomerRef, CustomerState> _customers = [];

    // Words of a question that name no product ("do you sell …?").
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase) { "you", "sell", "have", "any", "the", "and", "for", "looking", "want", "need", "some", "with", "your", "got" };

    /// <inheritdoc />
    public Task<IReadOnlyList<Product>> FindProductsAsync(string query, CancellationToken cancellationToken = default)
    {
        BackendArguments.Query(query, nameof(query));
        cancellationToken.ThrowIfCancellationRequested();
        var terms = System.Text.RegularExpressions.Regex.Split(query, @"[^\p{L}\p{Nd}]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100))
            .Where(t => t.Length >= 3 && !t.Equals("demo", StringComparison.OrdinalIgnoreCase) && !StopWords.Contains(t))
            .ToArray();
        IReadOnlyList<Product> found = [.. Catalogue
            .Select(p => (Product: p, Score: terms.Count(t => t == p.ItemNumber || p.Name.Contains(t, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Product)
            .Take(MaxResults)];
        return Task.FromResult(found);
    }

    /// <inheritdoc />
    public Task<Product?> GetItemAsync(string itemNumber, CancellationToken cancellationToken = default)
    {
        BackendArguments.Id(itemNumber, nameof(itemNumber));
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Find(itemNumber));
    }

    /// <inheritdoc />
    public Task<Order> PlaceOrderAsync(CustomerRef customer, string itemNumber, int quantity, CardToken card, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(itemNumber, nameof(itemNumber));
        BackendArguments.Quantity(quantity);
        ArgumentNullException.ThrowIfNull(card);
        BackendArguments.IdempotencyKey(idempotencyKey, nameof(idempotencyKey));
        cancellationToken.ThrowIfCancellationRequested();
        var product = Find(itemNumber)
            ?? throw new BackendException(BackendErrorCodes.NotFound, "retail.PlaceOrder", "the demo shop has no such item");
        lock (_lock)
        {
            var state = State(customer);
            var request = (itemNumber, quantity, card);
            if (state.ByKey.TryGetValue(idempotencyKey, out var earlier))
            {
                return earlier.Request == request
                    ? Task.FromResult(state.Orders[earlier.OrderId])
                    : throw new BackendException(BackendErrorCodes.Conflict, "retail.PlaceOrder", "the idempotency key was already used for a different order");
            }

            var orderId = DemoSeed.Reference("ORD", "retail-order", $"{customer.Value}\n{idempotencyKey}");
            var order = new Order(orderId, itemNumber, quantity, product.Price * quantity, Currency, card.Masked(), OrderState.Placed);
            state.Orders[orderId] = order;
            state.ByKey[idempotencyKey] = (request, orderId);
            return Task.FromResult(order);
        }
    }

    /// <inheritdoc />
    public Task<Order?> GetOrderStatusAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(orderId, nameof(orderId));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(State(customer).Orders.GetValueOrDefault(orderId));
        }
    }

    /// <inheritdoc />
    public Task<ChangeResult> StartReturnAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(orderId, nameof(orderId));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var orders = State(customer).Orders;
            if (!orders.TryGetValue(orderId, out var order))
            {
                return Task.FromResult(new ChangeResult(ChangeOutcome.NotFound));
            }

            var reference = DemoSeed.Reference("RET", "retail-return", $"{customer.Value}\n{orderId}");
            switch (order.State)
            {
                case OrderState.ReturnStarted:
                    return Task.FromResult(new ChangeResult(ChangeOutcome.Unchanged, reference));
                case OrderState.Cancelled:
                    return Task.FromResult(new ChangeResult(ChangeOutcome.Refused));
                default:
                    orders[orderId] = order with { State = OrderState.ReturnStarted };
                    return Task.FromResult(new ChangeResult(ChangeOutcome.Done, reference));
            }
        }
    }

    private static Product? Find(string itemNumber) => Array.Find(Catalogue, p => p.ItemNumber == itemNumber);

    private CustomerState State(CustomerRef customer)
    {
        if (!_customers.TryGetValue(customer, out var state))
        {
            state = new CustomerState();
            _customers.Add(customer, state);
        }

        return state;
    }

    private sealed class CustomerState
    {
        public Dictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ((string ItemNumber, int Quantity, CardToken Card) Request, string OrderId)> ByKey { get; } = new(StringComparer.Ordinal);
    }
}
