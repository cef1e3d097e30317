using Confidant.Detection.Recognizers.Contact;

namespace Confidant.Detection.Lexicon;

/// <summary>Small closed word classes that need no dictionary file.</summary>
internal static class BuiltInWords
{
    public static IEnumerable<(string Word, WordFlags Flag)> Flags
    {
        get
        {
            foreach (var w in Titles)
            {
                yield return (w, WordFlags.PersonTitle);
            }

            foreach (var w in StopWords)
            {
                yield return (w, WordFlags.StopWord);
            }

            foreach (var w in UnitDesignators)
            {
                yield return (w, WordFlags.UnitDesignator);
            }

            foreach (var w in Directions)
            {
                yield return (w, WordFlags.Direction);
            }

            foreach (var w in Months)
            {
                yield return (w, WordFlags.Month);
            }

            // The address recognizer asks about nearly every capitalised word: a flag set once
            // here answers without a second dictionary lookup.
            foreach (var w in ContactWords.SpanishStreetTypes)
            {
                yield return (w, WordFlags.SpanishStreetType);
            }

            foreach (var w in BodyWords)
            {
                yield return (w, WordFlags.BodyPart);
            }

            foreach (var w in StreetAddressRecognizer.OpeningWords)
            {
                yield return (w, WordFlags.StreetOpener);
            }

            foreach (var w in SpelledEmailRecognizer.AtWords)
            {
                yield return (w, WordFlags.SpelledAt);
            }

            foreach (var w in NumberWords.Keys)
            {
                yield return (w, WordFlags.NumberWord);
            }
        }
    }

    /// <summary>English numbers written in words from ten up, with their values: where a spelled age can start.</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, int> NumberWords = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(new Dictionary<string, int>
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts and functions of the body that people say are unwell: "my knee keeps giving way", "his sugar is high".</summary>
    private static readonly string[] BodyWords =
    [
        "head", "chest", "back", "skin", "mouth", "teeth", "tooth", "bladder", "stomach", "tummy", "belly", "throat",
        "neck", "shoulder", "shoulders", "arm", "arms", "elbow", "elbows", "wrist", "wrists", "hand", "hands", "finger",
        "fingers", "thumb", "hip", "hips", "leg", "legs", "knee", "knees", "ankle", "ankles", "foot", "feet", "toe", "toes",
        "calf", "calves", "thigh", "thighs", "shin", "eye", "eyes", "eyelid", "eyelids", "ear", "ears", "nose",
        "lip", "lips", "tongue", "gum", "gums", "jaw", "cheek", "cheeks", "face", "forehead", "scalp", "glands", "tonsils",
        "joint", "joints", "muscles", "spine", "ribs", "breast", "breasts", "nipple", "nipples", "testicle", "testicles",
        "groin", "vision", "eyesight", "hearing", "breathing", "sugar", "sugars", "bp", "pulse", "heartbeat", "period", "temp", "temperature",
        "periods", "pee", "wee", "urine", "poo", "stool", "stools", "wound", "scar", "stitches", "incision",
        "rücken", "kopf", "bauch", "hals", "knie", "fuß", "füße", "bein", "beine", "zahn", "zähne", "ohr", "ohren", "auge",
        "augen", "brust", "magen", "hände",
    ];

    private static readonly string[] Titles =
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "madam", "dame", "lord", "lady",
        "sr", "sra", "srta", "don", "doña", "herr", "frau", "mme", "mlle", "monsieur", "madame", "nurse", "rev",
    ];

    private static readonly string[] StopWords =
    [
        "i", "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "my", "your", "our", "their", "his", "her", "its", "me", "you", "we", "they", "he", "she", "it", "this",
        "that", "these", "those", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has",
        "had", "not", "no", "yes", "hi", "hello", "hey", "thanks", "thank", "please", "ok", "okay", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "just", "also", "so", "very", "what", "when",
        "where", "who", "why", "how", "which", "there", "here", "all", "any", "some", "one", "two", "new", "old",
        "good", "great", "dear", "regards", "best", "cheers", "sorry", "help", "order", "card", "account", "bank",
        "el", "la", "los", "las", "de", "del", "y", "es", "mi", "tu", "le", "les", "et", "est", "mon", "ma", "der",
        "die", "das", "und", "ist", "mein", "meine", "ich", "du", "sie", "er",
    ];

    private static readonly string[] UnitDesignators =
    [
        "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building", "lot",
        "po", "box",
    ];

    private static readonly string[] Directions =
    [
        "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest",
    ];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli",
        "oktober", "dezember", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
        "dicembre", "januari", "februari", "maart", "augustus", // not Dutch "mei", a given name too (Mei Ling)
    ];
}
