using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
    /// <summary>The canonical form that is hashed: <c>confidant-payment-v1</c>, amount with two decimals, upper-case currency, normalised payee, one per line.</summary>
    public string Canonical() =>
        string.Join('\n', "confidant-payment-v1",
            decimal.Round(Amount, 2, MidpointRounding.ToEven).ToString("F2", CultureInfo.InvariantCulture),
            Currency.Trim().ToUpperInvariant(),
            string.Join(' ', Payee.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant());

    /// <summary>SHA-256 of <see cref="Canonical"/>.</summary>
    public byte[] Hash() => SHA256.HashData(Encoding.UTF8.GetBytes(Canonical()));

    /// <summary>The words the customer reads in the confirmation message: "250.00 GBP to landlord".</summary>
    public string Summary() =>
        $"{decimal.Round(Amount, 2, MidpointRounding.ToEven).ToString("F2", CultureInfo.InvariantCulture)} {Currency.Trim().ToUpperInvariant()} to {Payee.Trim()}";

    /// <summary>Why these details cannot be confirmed, or null when they can.</summary>
    public string? Problem() =>
        Amount <= 0 || Amount > 1_000_000_000m ? "the amount must be positive and realistic."
        : Currency is null || Currency.Trim().Length != 3 || !Currency.Trim().All(char.IsAsciiLetter) ? "the currency must be a three-letter ISO 4217 code."
        : string.IsNullOrWhiteSpace(Payee) || Payee.Length > 140 ? "the payee must be 1 to 140 characters."
        : null;
}
