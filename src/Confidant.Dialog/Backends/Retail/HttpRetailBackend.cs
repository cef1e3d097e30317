using Confidant.Dialog.Backends.Http;

namespace Confidant.Dialog.Backends.Retail;

/// <summary>The retail backend over signed HTTPS (the contract is in <c>Backends/Http/README.md</c>).</summary>
internal sealed class HttpRetailBackend(ConnectorClient client) : IRetailBackend
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Product>> FindProductsAsync(string query, CancellationToken cancellationToken = default)
    {
        BackendArguments.Query(query, nameof(query));
        return await client.GetAsync<List<Product>>("FindProducts", $"products?query={Uri.EscapeDataString(query)}", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<Product?> GetItemAsync(string itemNumber, CancellationToken cancellationToken = default)
    {
        BackendArguments.Id(itemNumber, nameof(itemNumber));
        return client.FindAsync<Product>("GetItem", $"products/{itemNumber}", cancellationToken);
    }

    /// <inheritdoc />
    public Task<Order> PlaceOrderAsync(CustomerRef customer, string itemNumber, int quantity, CardToken card, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(itemNumber, nameof(itemNumber));
        BackendArguments.Quantity(quantity);
        ArgumentNullException.ThrowIfNull(card);
        BackendArguments.IdempotencyKey(idempotencyKey, nameof(idempotencyKey));
        return client.PostAsync<Order>("PlaceOrder", $"customers/{customer.Value}/orders", new { itemNumber, quantity, card }, idempotencyKey, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Order?> GetOrderStatusAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(orderId, nameof(orderId));
        return client.FindAsync<Order>("GetOrderStatus", $"customers/{customer.Value}/orders/{orderId}", cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChangeResult> StartReturnAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(orderId, nameof(orderId));
        return client.PostAsync<ChangeResult>("StartReturn", $"customers/{customer.Value}/orders/{orderId}/returns", body: null, ConnectorClient.NewIdempotencyKey(), cancellationToken);
    }
}
