using System.Collections.Concurrent;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Retail;

namespace Confidant.Server.Tests.Dialog;

/// <summary>
/// Wraps the demo backends and records every call as the connector would send it (its arguments
/// as text), so tests can assert what a backend ever saw: pseudonyms, tokens, codes, never raw values.
/// </summary>
public sealed class RecordingBackends(IBankingBackend bank, IRetailBackend shop, IHealthcareBackend clinic) : IBankingBackend, IRetailBackend, IHealthcareBackend
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public string AllCalls => string.Join('\n', Calls);

    private T Record<T>(string call, T result)
    {
        Calls.Enqueue(call);
        return result;
    }

    public async Task<IReadOnlyList<BankAccount>> GetAccountsAsync(CustomerRef customer, CancellationToken cancellationToken = default) =>
        Record($"accounts {customer.Value}", await bank.GetAccountsAsync(customer, cancellationToken));

    public async Task<IReadOnlyList<BankTransaction>> GetTransactionsAsync(CustomerRef customer, int count, CancellationToken cancellationToken = default) =>
        Record($"transactions {customer.Value} {count}", await bank.GetTransactionsAsync(customer, count, cancellationToken));

    public async Task<ChangeResult> FreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        Record($"freeze {customer.Value} {cardLastFour}", await bank.FreezeCardAsync(customer, cardLastFour, cancellationToken));

    public async Task<ChangeResult> UnfreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        Record($"unfreeze {customer.Value} {cardLastFour}", await bank.UnfreezeCardAsync(customer, cardLastFour, cancellationToken));

    public async Task<ChangeResult> ReportLostCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        Record($"lost {customer.Value} {cardLastFour}", await bank.ReportLostCardAsync(customer, cardLastFour, cancellationToken));

    public async Task<TransferConfirmation> TransferAsync(CustomerRef customer, TransferInstruction instruction, CancellationToken cancellationToken = default) =>
        Record($"transfer {customer.Value} {instruction.Amount} {instruction.Currency} {instruction.Payee}", await bank.TransferAsync(customer, instruction, cancellationToken));

    public async Task<ChangeResult> ChangeAddressAsync(CustomerRef customer, string postcode, string? addressToken, CancellationToken cancellationToken = default) =>
        Record($"address {customer.Value} {postcode} {addressToken}", await bank.ChangeAddressAsync(customer, postcode, addressToken, cancellationToken));

    public async Task<string> GetBranchHoursAsync(string? postcodeArea, CancellationToken cancellationToken = default) =>
        Record($"hours {postcodeArea}", await bank.GetBranchHoursAsync(postcodeArea, cancellationToken));

    public async Task<IReadOnlyList<Product>> FindProductsAsync(string query, CancellationToken cancellationToken = default) =>
        Record($"find {query}", await shop.FindProductsAsync(query, cancellationToken));

    public async Task<Product?> GetItemAsync(string itemNumber, CancellationToken cancellationToken = default) =>
        Record($"item {itemNumber}", await shop.GetItemAsync(itemNumber, cancellationToken));

    public async Task<Order> PlaceOrderAsync(CustomerRef customer, string itemNumber, int quantity, CardToken card, string idempotencyKey, CancellationToken cancellationToken = default) =>
        Record($"order {customer.Value} {itemNumber} {quantity} {card.Token} {card.LastFour}", await shop.PlaceOrderAsync(customer, itemNumber, quantity, card, idempotencyKey, cancellationToken));

    public async Task<Order?> GetOrderStatusAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default) =>
        Record($"status {customer.Value} {orderId}", await shop.GetOrderStatusAsync(customer, orderId, cancellationToken));

    public async Task<ChangeResult> StartReturnAsync(CustomerRef customer, string orderId, CancellationToken cancellationToken = default) =>
        Record($"return {customer.Value} {orderId}", await shop.StartReturnAsync(customer, orderId, cancellationToken));

    public async Task<TriageResult> TriageAsync(CustomerRef customer, TriageRequest request, CancellationToken cancellationToken = default) =>
        Record($"triage {customer.Value} {string.Join(',', request.SymptomCodes)} {request.DurationDays} {string.Join(',', request.SymptomTokens)}", await clinic.TriageAsync(customer, request, cancellationToken));

    public async Task<IReadOnlyList<AppointmentSlot>> FindSlotsAsync(string specialty, DateTimeOffset from, CancellationToken cancellationToken = default) =>
        Record($"slots {specialty}", await clinic.FindSlotsAsync(specialty, from, cancellationToken));

    public async Task<ChangeResult> BookAsync(CustomerRef customer, string slotId, CancellationToken cancellationToken = default) =>
        Record($"book {customer.Value} {slotId}", await clinic.BookAsync(customer, slotId, cancellationToken));
}
