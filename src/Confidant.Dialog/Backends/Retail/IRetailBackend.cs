namespace Confidant.Dialog.Backends.Retail;

/// <summary>
/// The shop's systems as the retail bot uses them. The customer is an opaque
/// <see cref="CustomerRef"/>; the card is a <see cref="CardToken"/> (vault token and last four
/// digits), never a card number, and never a security code.
/// </summary>
/// <remarks>
/// Implementations: <see cref="DemoRetailBackend"/> (in-process synthetic catalogue) and
/// <see cref="HttpRetailBackend"/> (a signed HTTPS connector). A failure of the backend is a
/// <see cref="BackendException"/>; a bad argument is an <see cref="ArgumentException"/>.
/// </remarks>
public interface IRetailBackend
{
    /// <summary>Products whose name matches <paramref name="query"/> (1 to 100 characters), at most 10.</summary>
    Task<IReadOnlyList<Product>> FindProductsAsync(string query, CancellationToken cancellationToken = default);

    /// <summary>The product with this item number, or null if there is none.</summary>
    Task<Product?> GetItemAsync(string itemNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places an order paid with the tokenized card. The same idempotency key always yields the same
    /// order and charges once. An unknown item is a <see cref="BackendException"/> with
    /// <see cref="BackendErrorCodes.NotFound"/>.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="itemNumber">The item.</param>
    /// <param name="quantity">1 to 99.</param>
    /// <param name="card">The card, as a vault token.</param>
    /// <param name="idempotencyKey">The caller's key for this order (8 to 128 characters of <c>A-Z a-z 0-9 . _ : -</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Order> PlaceOrderAsync(CustomerRef customer, string itemNumber, int quantity, CardToken card, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The customer's order with this id, or null if this customer has none such.</summary>
    Task<Order?> GetOrderStatusAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default);

    /// <summary>Starts a return of the customer's order; the reference is the return's.</summary>
    Task<ChangeResult> StartReturnAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default);
}
