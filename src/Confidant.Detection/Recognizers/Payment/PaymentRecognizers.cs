using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>The payment recognizers.</summary>
internal static class PaymentRecognizers
{
    /// <summary>Order matters: the expiry recognizer reads the card candidates, the CVV recognizer both.</summary>
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
        [new CardNumberRecognizer(), new CardExpiryRecognizer(), new CardSecurityCodeRecognizer()];
}
