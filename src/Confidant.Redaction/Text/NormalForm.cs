namespace Confidant.Redaction.Text;

/// <summary>How the values of a class compare (see <see cref="ValueNormalizer"/>).</summary>
internal enum NormalForm
{
    /// <summary>Exactly, case included, after trimming white space: secrets, wallets, custom classes.</summary>
    Exact,

    /// <summary>Decimal digits only: card, SSN, phone and account numbers.</summary>
    Digits,

    /// <summary>Letters and digits, upper case: IBAN, passport, postcode and other identifiers.</summary>
    Alphanumeric,

    /// <summary>Trimmed, lower case; dots and plus signs kept (they make another mailbox).</summary>
    Email,

    /// <summary>White space collapsed, upper case: names, addresses, health terms.</summary>
    Words,
}
