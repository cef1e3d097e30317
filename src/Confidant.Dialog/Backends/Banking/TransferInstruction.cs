using System.Text.Json.Serialization;

namespace Confidant.Dialog.Backends.Banking;

/// <summary>A transfer the customer asked for (and, for the engine, confirmed with a fresh second factor bound to amount and payee).</summary>
/// <param name="Amount">More than zero, at most two decimals.</param>
/// <param name="Currency">The ISO 4217 currency code (three capital letters).</param>
/// <param name="Payee">Who receives the money, as the customer named them (1 to 140 characters).</param>
/// <param name="IdempotencyKey">
/// The caller's key for this transfer (8 to 128 characters of <c>A-Z a-z 0-9 . _ : -</c>): the same key
/// never moves money twice, across retries and across a resubmission after step-up.
/// </param>
public sealed record TransferInstruction(decimal Amount, string Currency, string Payee, string IdempotencyKey)
{
    /// <summary>The amount.</summary>
    public decimal Amount { get; } = CheckAmount(Amount, nameof(Amount));

    /// <summary>The currency.</summary>
    public string Currency { get; } = CheckCurrency(Currency, nameof(Currency));

    /// <summary>The payee.</summary>
    public string Payee { get; } = CheckPayee(Payee, nameof(Payee));

    /// <summary>The idempotency key (sent as the <c>Idempotency-Key</c> header, not in the body).</summary>
    [JsonIgnore]
    public string IdempotencyKey { get; } = BackendArguments.IdempotencyKey(IdempotencyKey, nameof(IdempotencyKey));

    /// <summary>Shows the idempotency key only.</summary>
    public override string ToString() => $"TransferInstruction {{ IdempotencyKey = {IdempotencyKey} }}";

    private static decimal CheckAmount(decimal amount, string paramName)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount || amount > 1_000_000_000m)
        {
            throw new ArgumentOutOfRangeException(paramName, "A transfer amount is more than zero, at most one billion, with at most two decimals.");
        }

        return amount;
    }

    internal static string CheckCurrency(string currency, string paramName)
    {
        ArgumentNullException.ThrowIfNull(currency, paramName);
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("A currency is an ISO 4217 code of three capital letters.", paramName);
        }

        return currency;
    }

    private static string CheckPayee(string payee, string paramName)
    {
        ArgumentNullException.ThrowIfNull(payee, paramName);
        if (string.IsNullOrWhiteSpace(payee) || payee.Length > 140 || payee.Any(char.IsControl))
        {
            throw new ArgumentException("A payee is 1 to 140 characters without control characters.", paramName);
        }

        return payee;
    }
}
