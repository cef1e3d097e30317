using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>The payment recognizers.</summary>
internal static class PaymentRecognizers
{
    /// <summary>The card number recognizer runs first: the CVV and expiry recognizers read its candidates.</summary>
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
        [new CardNumberRecognizer(), new CardSecurityCodeRecognizer(), new CardExpiryRecognizer()];
}
