namespace Confidant.Dialog.Backends.Banking;

/// <summary>A transaction on the customer's account.</summary>
/// <param name="Date">The booking date.</param>
/// <param name="Description">The merchant or the payee, as the statement shows it.</param>
/// <param name="Amount">The amount: negative for money out, positive for money in.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
public sealed record BankTransaction(DateOnly Date, string Description, decimal Amount, string Currency)
{
    /// <summary>Shows no values: a transaction has no id a log may hold.</summary>
    public override string ToString() => "BankTransaction { }";
}
