using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>The payment recognizers.</summary>
internal static class PaymentRecognizers
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) => [];
}
