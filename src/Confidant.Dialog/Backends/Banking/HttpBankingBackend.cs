using System.Globalization;
using Confidant.Dialog.Backends.Http;

namespace Confidant.Dialog.Backends.Banking;

/// <summary>
/// The banking backend over signed HTTPS (the contract is in <c>Backends/Http/README.md</c>). The
/// customer reference goes in the path, so that the signature covers it.
/// </summary>
internal sealed class HttpBankingBackend(ConnectorClient client) : IBankingBackend
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<BankAccount>> GetAccountsAsync(CustomerRef customer, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        return await client.GetAsync<List<BankAccount>>("GetAccounts", $"customers/{customer.Value}/accounts", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BankTransaction>> GetTransactionsAsync(CustomerRef customer, int count, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.TransactionCount(count);
        var path = string.Create(CultureInfo.InvariantCulture, $"customers/{customer.Value}/transactions?count={count}");
        return await client.GetAsync<List<BankTransaction>>("GetTransactions", path, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ChangeResult> FreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        CardAsync("FreezeCard", customer, cardLastFour, "freeze", cancellationToken);

    /// <inheritdoc />
    public Task<ChangeResult> UnfreezeCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        CardAsync("UnfreezeCard", customer, cardLastFour, "unfreeze", cancellationToken);

    /// <inheritdoc />
    public Task<ChangeResult> ReportLostCardAsync(CustomerRef customer, string cardLastFour, CancellationToken cancellationToken = default) =>
        CardAsync("ReportLostCard", customer, cardLastFour, "lost", cancellationToken);

    /// <inheritdoc />
    public Task<TransferConfirmation> TransferAsync(CustomerRef customer, TransferInstruction instruction, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        ArgumentNullException.ThrowIfNull(instruction);
        return client.PostAsync<TransferConfirmation>("Transfer", $"customers/{customer.Value}/transfers", instruction, instruction.IdempotencyKey, cancellationToken);
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

        return client.PostAsync<ChangeResult>("ChangeAddress", $"customers/{customer.Value}/address", new { postcode, addressToken }, ConnectorClient.NewIdempotencyKey(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string> GetBranchHoursAsync(string? postcodeArea, CancellationToken cancellationToken = default)
    {
        BackendArguments.PostcodeArea(postcodeArea, nameof(postcodeArea));
        var path = postcodeArea is null ? "branches/hours" : $"branches/hours?area={Uri.EscapeDataString(postcodeArea)}";
        var hours = await client.GetAsync<BranchHoursResponse>("GetBranchHours", path, cancellationToken).ConfigureAwait(false);
        return hours.Text;
    }

    private Task<ChangeResult> CardAsync(string operation, CustomerRef customer, string cardLastFour, string action, CancellationToken cancellationToken)
    {
        BackendArguments.Customer(customer);
        BackendArguments.LastFour(cardLastFour, nameof(cardLastFour));
        return client.PostAsync<ChangeResult>(operation, $"customers/{customer.Value}/cards/{cardLastFour}/{action}", body: null, ConnectorClient.NewIdempotencyKey(), cancellationToken);
    }
}
