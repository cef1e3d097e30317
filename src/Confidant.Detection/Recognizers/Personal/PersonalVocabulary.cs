using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>Context words of the personal recognizers in English, Spanish, French and German.</summary>
internal static class PersonalVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
