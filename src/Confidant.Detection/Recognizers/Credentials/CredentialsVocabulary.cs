using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>Context words of the credentials recognizers in English, Spanish, French and German.</summary>
internal static class CredentialsVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
