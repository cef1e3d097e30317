using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>Context words of the contact recognizers in English, Spanish, French and German.</summary>
internal static class ContactVocabulary
{
    public static IEnumerable<ContextWord> Words => [];
}
