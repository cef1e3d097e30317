using Confidant.Detection.Recognizers.Contact;
using Confidant.Detection.Recognizers.Credentials;
using Confidant.Detection.Recognizers.Financial;
using Confidant.Detection.Recognizers.Government;
using Confidant.Detection.Recognizers.Health;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Recognizers.Personal;

namespace Confidant.Detection.Engine;

/// <summary>Every built-in recognizer, one family at a time.</summary>
internal static class RecognizerCatalog
{
    public static IEnumerable<IRecognizer> CreateBuiltIn(DetectionOptions options) =>
        PaymentRecognizers.Create(options)
            .Concat(FinancialRecognizers.Create(options))
            .Concat(GovernmentRecognizers.Create(options))
            .Concat(CredentialsRecognizers.Create(options))
            .Concat(HealthRecognizers.Create(options))
            .Concat(ContactRecognizers.Create(options))
            .Concat(PersonalRecognizers.Create(options));
}
