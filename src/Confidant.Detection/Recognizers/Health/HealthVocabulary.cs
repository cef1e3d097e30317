using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>Context words of the health recognizers in English, Spanish, French and German.</summary>
internal static class HealthVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
