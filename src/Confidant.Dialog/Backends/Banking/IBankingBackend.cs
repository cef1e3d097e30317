namespace Confidant.Dialog.Backends.Banking;

/// <summary>
/// The bank's systems as the banking bot uses them. The customer is an opaque
/// <see cref="CustomerRef"/>; a card is named by its last four digits; a new address arrives as a
/// vault token and a postcode. Amounts and payee names are confidential, not restricted, and are sent.
/// </summary>
/// <remarks>
/// Implementations: <see cref="DemoBankingBackend"/> (in-process synthetic data) and
/// <see cref="HttpBankingBackend"/> (a signed HTTPS connector). A failure of the backend is a
/// <see cref="BackendException"/>; a bad argument is an <see cref="ArgumentException"/> whose message
/// never repeats the value.
/// </remarks>
public interface IBankingBackend
{
    /// <summary>The customer's accounts, with masked numbers and balances.</summary>
    Task<IReadOnlyList<BankAccount>> GetAccountsAsync(CustomerRef customer, CancellationToken cancellationToken = default);

    /// <summary>The customer's latest transactions, newest first.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="count">How many, 1 to 20.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<BankTransaction>> GetTransactionsAsync(CustomerRef customer, int count, CancellationToken cancellationToken = default);

    /// <summary>Freezes the customer's card that ends in <paramref name="cardLastFour"/> (<see cref="ChangeOutcome.Unchanged"/> if it was frozen).</summary>
    Task<ChangeResult> FreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default);

    /// <summary>Unfreezes the customer's card that ends in <paramref name="cardLastFour"/> (<see cref="ChangeOutcome.Unchanged"/> if it was not frozen).</summary>
    Task<ChangeResult> UnfreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default);

    /// <summary>Reports the card lost: it is blocked for good and a replacement ordered; the reference is the replacement's.</summary>
    Task<ChangeResult> ReportLostCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default);

    /// <summary>Sends money. The same idempotency key always yields the same confirmation and moves the money once.</summary>
    Task<TransferConfirmation> TransferAsync(CustomerRef customer, TransferInstruction instruction, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the customer's postal address. Only the postcode travels in clear; the full address,
    /// when the bot holds one, stays in the vault as <paramref name="addressToken"/>. Without one
    /// (the bot keeps only the postcode) the bank posts a form to confirm the full address.
    /// </summary>
    Task<ChangeResult> ChangeAddressAsync(CustomerRef customer, string postcode, string? addressToken, CancellationToken cancellationToken = default);

    /// <summary>Branch opening hours as text a customer can read, for a postcode area (<c>SW1</c>) or in general. Anonymous: no customer.</summary>
    Task<string> GetBranchHoursAsync(string? postcodeArea, CancellationToken cancellationToken = default);
}
