using System.Collections.Frozen;
using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Closed word lists of the address and postcode recognizers. The street-suffix and state lists
/// back up the dictionary flags (<see cref="Lexicon.WordFlags.StreetSuffix"/>,
/// <see cref="Lexicon.WordFlags.UsState"/>) so the common words work whatever dictionary is
/// embedded; they are only consulted for the few tokens next to a house number or ZIP.
/// </summary>
internal static class ContactWords
{
    private static readonly string[] StreetSuffixesList =
    [
        "street", "st", "str", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
        "court", "ct", "way", "place", "pl", "terrace", "ter", "terr", "close", "crescent", "cres", "highway", "hwy",
        "parkway", "pkwy", "circle", "cir", "square", "sq", "trail", "trl", "row", "mews", "grove", "gardens", "gdns",
        "hill", "walk", "park", "pike", "alley", "plaza", "loop", "path", "run", "crossing", "xing", "expressway",
        "freeway", "turnpike", "green", "gate", "rise", "view", "vale", "wharf", "quay", "esplanade", "parade",
        "broadway", "commons", "heights", "hts", "point", "pt", "ridge", "landing", "cove", "glen", "knoll", "bend",
        "embankment", "drove", "chase", "fold", "yard", "market", "causeway",
        "pde", "tce", // Australia and New Zealand
        "marg", "salai", // India
        "stret", "streer", "raod", "avenu", // frequent typos
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsStateCodes = Lookup(
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsStateNames = Lookup(
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
        "wyoming");

    // Words that say "number + word + suffix" is a distance or a duration ("20 min drive", "5 minute walk").
    private static readonly string[] MeasureWordsList =
    [
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "second", "seconds", "sec", "secs",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "mile", "miles", "mi", "km",
        "kms", "kilometer", "kilometers", "kilometre", "kilometres", "meter", "meters", "metre", "metres", "m", "ft",
        "feet", "foot", "yard", "yards", "block", "blocks", "step", "steps", "stop", "stops", "time", "times",
        "lane", "lanes", "percent", "more", "less", "other", "different", "people", "cars", "car", "kids", "x",
        "mph", "kmh", "am", "pm", "star", "stars", "dollar", "dollars", "bucks", "euro", "euros", "pound", "pounds",
        "minutos", "horas", "días", "dias", "semanas", "meses", "años", "veces", "minuten", "stunden", "tage", "wochen",
        "heures", "jours", "semaines", "mois", "ans", "fois",
    ];

    // Keywords that open a Spanish street name ("Calle Mayor 5", "Avenida de América 12").
    private static readonly string[] SpanishStreetTypesList =
    [
        "calle", "avenida", "avda", "paseo", "plaza", "camino", "carretera", "ronda", "travesía", "travesia",
        "glorieta", "carrera", "pasaje", "rambla", "carrer", "avinguda", "passeig",
        // Italian, written the same way ("Via Solferino 28", "Piazza Navona 12"); not "corso" (a course) or "largo" (long)
        "via", "viale", "piazza", "piazzale", "vicolo",
    ];

    // Keywords that follow the number in a French address ("12 rue de la Paix").
    private static readonly string[] FrenchStreetTypesList =
    [
        "rue", "avenue", "boulevard", "bd", "bld", "place", "allée", "allee", "impasse", "chemin", "quai", "cours",
        "route", "square", "passage", "faubourg", "voie", "esplanade", "promenade", "boul",
    ];

    // Small words inside Spanish and French street names.
    private static readonly string[] NameParticlesList =
    [
        "de", "del", "la", "las", "los", "el", "du", "des", "le", "les", "l", "d", "saint", "sainte", "san", "santa",
        "y", "et", "von", "am", "an", "der",
    ];

    // One lookup answers every street question about a word: the address recognizer asks per token.
    private static readonly FrozenDictionary<string, StreetWordKinds>.AlternateLookup<ReadOnlySpan<char>> StreetWords = BuildStreetWords();

    // ASCII words packed into a number: a lookup without case-insensitive string hashing, which
    // costs several times more and runs for nearly every word after a house number.
    private static readonly Dictionary<UInt128, StreetWordKinds> PackedStreetWords = BuildPacked();

    /// <summary>What a word can be in an address (one lookup).</summary>
    public static StreetWordKinds Kinds(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPacked)
        {
            return StreetWordKinds.None;
        }

        if (TryPack(word, out var key))
        {
            return PackedStreetWords.TryGetValue(key, out var packed) ? packed : StreetWordKinds.None;
        }

        return StreetWords.TryGetValue(word, out var kinds) ? kinds : StreetWordKinds.None;
    }

    private const int MaxPacked = 18;

    /// <summary>Packs an ASCII word, lower-cased, 7 bits a char; false for other words.</summary>
    private static bool TryPack(ReadOnlySpan<char> word, out UInt128 key)
    {
        key = UInt128.Zero;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return false;
            }

            key = (key << 7) | (uint)(c is >= 'A' and <= 'Z' ? c + 32 : c);
        }

        return true;
    }

    private static Dictionary<UInt128, StreetWordKinds> BuildPacked()
    {
        var packed = new Dictionary<UInt128, StreetWordKinds>();
        foreach (var (word, kinds) in BuildStreetWordsDictionary())
        {
            if (word.Length <= MaxPacked && TryPack(word, out var key))
            {
                packed[key] = kinds;
            }
        }

        return packed;
    }

    public static bool IsStreetSuffix(ReadOnlySpan<char> word) => (Kinds(word) & StreetWordKinds.Suffix) != 0;

    public static bool IsUsStateCode(ReadOnlySpan<char> word) => word.Length == 2 && UsStateCodes.Contains(word);

    public static bool IsUsStateName(ReadOnlySpan<char> word) => UsStateNames.Contains(word);

    public static bool IsMeasureWord(ReadOnlySpan<char> word) => (Kinds(word) & StreetWordKinds.Measure) != 0;

    /// <summary>Spanish street types; the lexicon flags them (<see cref="WordFlags.SpanishStreetType"/>).</summary>
    public static IReadOnlyList<string> SpanishStreetTypes => SpanishStreetTypesList;

    public static bool IsFrenchStreetType(ReadOnlySpan<char> word) => (Kinds(word) & StreetWordKinds.FrenchType) != 0;

    public static bool IsNameParticle(ReadOnlySpan<char> word) => (Kinds(word) & StreetWordKinds.Particle) != 0;

    /// <summary>
    /// A German or Dutch street word: a compound ending in -straße/-strasse/-str/-weg/-platz/-allee/-gasse/-ufer
    /// or -straat/-laan/-plein/-gracht/-kade/-dijk/-singel/-steeg ("Kerkstraat", "Keizersgracht"), or that word alone.
    /// </summary>
    public static bool IsCompoundStreetWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && (word[^1] | 0x20) switch
        {
            'e' => EndsWith(word, "straße") || EndsWith(word, "strasse") || EndsWith(word, "allee") || EndsWith(word, "gasse") || EndsWith(word, "kade"),
            'r' => EndsWith(word, "str") || EndsWith(word, "ufer"),
            'g' => EndsWith(word, "weg") || EndsWith(word, "steeg"),
            'z' => EndsWith(word, "platz"),
            't' => EndsWith(word, "straat") || EndsWith(word, "gracht"),
            'n' => EndsWith(word, "laan") || EndsWith(word, "plein"),
            'k' => EndsWith(word, "dijk"),
            'l' => EndsWith(word, "singel"),
            _ => false,
        };

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) =>
        word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, StreetWordKinds>.AlternateLookup<ReadOnlySpan<char>> BuildStreetWords() =>
        BuildStreetWordsDictionary().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, StreetWordKinds> BuildStreetWordsDictionary()
    {
        var words = new Dictionary<string, StreetWordKinds>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] list, StreetWordKinds kind)
        {
            foreach (var w in list)
            {
                words[w] = words.GetValueOrDefault(w) | kind;
            }
        }

        Add(StreetSuffixesList, StreetWordKinds.Suffix);
        Add(MeasureWordsList, StreetWordKinds.Measure);
        Add(SpanishStreetTypesList, StreetWordKinds.SpanishType);
        Add(FrenchStreetTypesList, StreetWordKinds.FrenchType);
        Add(NameParticlesList, StreetWordKinds.Particle);
        return words;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
