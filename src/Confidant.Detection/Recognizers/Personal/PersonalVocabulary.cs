using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>Context words of the personal recognizers in English, Spanish, French and German.</summary>
internal static class PersonalVocabulary
{
    /// <summary>Words after which a name is announced or expected (the name recognizer reads their pattern).</summary>
    internal static readonly string[] NameWords =
    [
        "name", "named", "called", "call", "signed", "sincerely", "regards", "thanks", "cheers", "hi", "hello", "hey",
        "dear", "llamo", "nombre", "gracias", "saludos", "hola", "appelle", "nom", "merci", "cordialement", "bonjour",
        "salut", "heiße", "heisse", "heißt", "heisst", "danke", "grüße", "gruesse", "hallo",
    ];

    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Name, NameWords)
        .Concat(ContextVocabulary.Words(ContextKinds.Birth,
            "born", "birth", "dob", "birthday", "birthdate", "nacimiento", "nacido", "nacida", "nací", "cumpleaños",
            "naissance", "né", "née", "geboren", "geburtsdatum", "geburtstag"))
        .Concat(ContextVocabulary.Words(ContextKinds.Age,
            "age", "aged", "old", "years", "yrs", "yo", "años", "edad", "ans", "âge", "âgé", "âgée", "jahre", "jahren",
            "alt", "alter"));
}
