using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Confidant.Identity.Passwords;

namespace Confidant.Identity.StepUp;

/// <summary>
/// What a payment confirmation is bound to. Its hash covers the amount (to the minor unit), the
/// currency and the payee, so a confirmation for "250.00 GBP to landlord" approves nothing else.
/// </summary>
/// <param name="Amount">The amount (positive).</param>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="Payee">The payee as the customer's bank knows it (a payee id or name).</param>
public sealed record PaymentDetails(decimal Amount, string Currency, string Payee)
{
    /// <summary>The currency only: the amount and the payee never reach a log this way (nor through a <see cref="StepUpRequest"/> that holds these details).</summary>
    public override string ToString() => $"PaymentDetails {{ Currency = {Currency} }}";

    /// <summary>
    /// The canonical form that is hashed: <c>confidant-payment-v1</c>, amount with two decimals,
    /// upper-case currency, payee in NFKC (the project's own tables: <c>string.Normalize</c> is a
    /// no-op under invariant globalization) with its spaces collapsed, one per line.
    /// </summary>
    public string Canonical() =>
        string.Join('\n', "confidant-payment-v1",
            Money(),
            Currency.Trim().ToUpperInvariant(),
            string.Join(' ', (UnicodeNfkc.TryNormalize(Payee, out var payee) ? payee : Payee).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant());

    /// <summary>SHA-256 of <see cref="Canonical"/>.</summary>
    public byte[] Hash() => SHA256.HashData(Encoding.UTF8.GetBytes(Canonical()));

    /// <summary>
    /// The words the customer reads in the confirmation message: "250.00 GBP to landlord"; with
    /// <paramref name="maxPayee"/>, a longer payee is shortened (never the amount or currency).
    /// </summary>
    public string Summary(int maxPayee = int.MaxValue)
    {
        var payee = Payee.Trim();
        if (payee.Length > maxPayee)
        {
            payee = payee[..(maxPayee - 1)] + "…";
        }

        return $"{Money()} {Currency.Trim().ToUpperInvariant()} to {payee}";
    }

    /// <summary>Why these details cannot be confirmed, or null when they can.</summary>
    public string? Problem() =>
        Amount <= 0 || Amount > 1_000_000_000m ? "the amount must be positive and realistic."
        : Currency is null || Currency.Trim().Length != 3 || !Currency.Trim().All(char.IsAsciiLetter) ? "the currency must be a three-letter ISO 4217 code."
        : string.IsNullOrWhiteSpace(Payee) || Payee.Length > 140 ? "the payee must be 1 to 140 characters."
        : !UnicodeNfkc.TryNormalize(Payee, out _) ? "the payee is not valid text."
        : null;

    private string Money() => decimal.Round(Amount, 2, MidpointRounding.ToEven).ToString("F2", CultureInfo.InvariantCulture);
}
