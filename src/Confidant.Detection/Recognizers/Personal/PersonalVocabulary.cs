using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>Context words of the personal recognizers in English, Spanish, French and German.</summary>
internal static class PersonalVocabulary
{
    /// <summary>Words after which a name is announced or expected (the name recognizer reads their pattern).</summary>
    internal static readonly string[] NameWords =
    [
        // announcements
        "name", "named", "called", "call", "llamo", "nombre", "appelle", "nom", "heiße", "heisse", "heißt", "heisst", "naam", "nome",
        .. PersonNameRecognizer.OtherLanguageAnnouncements,
        .. PersonNameRecognizer.NamePartFields,
        .. PersonNameRecognizer.Labels,
        // greetings and sign-offs
        .. PersonNameRecognizer.SignOffs,
        .. PersonNameRecognizer.Greetings,
        // introductions: "I'm", "I am", "this is", "it's", "soy", "c'est", "ich bin", "X here"
        "am", "m", "im", "this", "it", "its", "soy", "est", "suis", "bin", "here",
        // "on behalf of my father, X"
        .. PersonNameRecognizer.Relatives,
        // "my carer Sunny", "speak to Frank"
        .. PersonNameRecognizer.Roles,
        .. PersonNameRecognizer.AddressVerbs,
    ];

    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Name, NameWords)
        .Concat(ContextVocabulary.Words(ContextKinds.Birth,
            "born", "birth", "dob", "birthday", "birthdays", "birthdate", "nacimiento", "nacido", "nacida", "nací", "nació", "nacio", "cumpleaños", "nato", "geboortedatum",
            "naissance", "né", "née", "geboren", "geb", "geburtsdatum", "geburtstag", "nac", "nata", "nascita"))
        .Concat(ContextVocabulary.Words(ContextKinds.Age,
            "age", "aged", "old", "years", "yrs", "yo", "años", "edad", "ans", "âge", "âgé", "âgée", "jahre", "jahren",
            "alt", "alter"));
}
