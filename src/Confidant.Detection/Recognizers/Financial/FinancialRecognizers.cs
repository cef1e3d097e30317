using Confidant.Detection.Engine;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>The financial recognizers.</summary>
internal static class FinancialRecognizers
{
    /// <summary>IBAN and routing run before the account recognizer, which skips the values they found.</summary>
    public static IEnumerable<IRecognizer> Create(DetectionOptions options) =>
    [
        new IbanRecognizer(),
        new RoutingNumberRecognizer(),
        new BankAccountRecognizer(),
        new SwiftBicRecognizer(),
        new CryptoWalletRecognizer(),
    ];
}
