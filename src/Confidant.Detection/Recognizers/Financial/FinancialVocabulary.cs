using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>Context words of the financial recognizers in English, Spanish, French and German.</summary>
internal static class FinancialVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
