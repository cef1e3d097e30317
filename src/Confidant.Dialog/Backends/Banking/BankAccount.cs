namespace Confidant.Dialog.Backends.Banking;

/// <summary>One of the customer's accounts as the bot may show it.</summary>
/// <param name="DisplayName">The account's name, such as <c>Current account</c>.</param>
/// <param name="MaskedNumber">The account number masked to its last four digits: <c>•••• 1234</c> (anything longer is refused).</param>
/// <param name="Balance">The balance.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
public sealed record BankAccount(string DisplayName, string MaskedNumber, decimal Balance, string Currency)
{
    /// <summary>The masked account number.</summary>
    public string MaskedNumber { get; } = Masking.Check(MaskedNumber, nameof(MaskedNumber));

    /// <summary>Shows no values: an account has no id a log may hold.</summary>
    public override string ToString() => "BankAccount { }";
}
