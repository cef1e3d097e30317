using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>Context words of the payment recognizers in English, Spanish, French and German.</summary>
internal static class PaymentVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
