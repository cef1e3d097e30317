using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>Context words of the government recognizers in English, Spanish, French and German.</summary>
internal static class GovernmentVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
