using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Lexicon;

/// <summary>
/// One case-insensitive dictionary for every word the recognizers care about: names, street
/// words, health terms and context keywords. A scan looks each word up once.
/// </summary>
internal sealed class WordLexicon
{
    private readonly WordTable _table;
    private readonly LexiconEntry[] _entries;
    private readonly string?[] _contextWords; // lower-case, for explanations; null for words that are no context word

    private WordLexicon(Dictionary<string, LexiconEntry> words)
    {
        // Context and stop words first: they are the words chat uses most, so their part of the
        // table's char pool stays hot in the cache.
        var ordered = words
            .OrderBy(kv => kv.Value.Context != ContextKinds.None || (kv.Value.Flags & WordFlags.StopWord) != 0 ? 0 : 1)
            .ToList();
        _entries = [.. ordered.Select(kv => kv.Value)];
        var lowerCaseWords = ordered.Select(kv => Lower(kv.Key)).ToArray();
        _contextWords = [.. lowerCaseWords.Select((word, i) => _entries[i].Context != ContextKinds.None ? word : null)];
        _table = new WordTable(lowerCaseWords, [.. _entries.Select(e => e.Flags)], [.. _entries.Select(e => e.Context)]);
        _tiny = TinyWords(_table);
    }

    /// <summary>Longest word <see cref="FindTiny"/> takes.</summary>
    public const int MaxTinyWordLength = 3;

    /// <summary>
    /// The entry of every word of one to <see cref="MaxTinyWordLength"/> ASCII letters (-1 when none), at the
    /// word's number in bijective base 26 ("a" 1, "z" 26, "aa" 27 ... "zzz" 18,278). A third of
    /// chat's words are this short; they are found with one read instead of a hash and a probe.
    /// </summary>
    private readonly int[] _tiny;

    /// <summary>Asks the table about every possible tiny word once, so <see cref="FindTiny"/> answers as it would.</summary>
    private static int[] TinyWords(WordTable table)
    {
        var tiny = new int[TinyIndex("zzz") + 1];
        Span<char> word = stackalloc char[MaxTinyWordLength];
        for (var index = 1; index < tiny.Length; index++)
        {
            var length = 0;
            for (var rest = index; rest > 0; rest = (rest - 1) / 26)
            {
                word[length++] = (char)('a' + ((rest - 1) % 26));
            }

            word[..length].Reverse();
            tiny[index] = table.Find(word[..length], WordHash.OfAsciiWord(word[..length]), asciiWord: true);
        }

        return tiny;
    }

    private static int TinyIndex(ReadOnlySpan<char> word)
    {
        var index = 0;
        foreach (var c in word)
        {
            index = (index * 26) + ((c | 0x20) - 'a') + 1;
        }

        return index;
    }

    /// <summary>Finds a word of one to <see cref="MaxTinyWordLength"/> ASCII letters (any case); -1 when absent.</summary>
    public int FindTiny(ReadOnlySpan<char> word)
    {
        System.Diagnostics.Debug.Assert(word.Length is >= 1 and <= MaxTinyWordLength && AllAsciiLetters(word));
        return _tiny[TinyIndex(word)];
    }

    private static bool AllAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Number of distinct words.</summary>
    public int Count => _entries.Length;

    /// <summary>The lexicon built from the embedded dictionaries and the built-in context words.</summary>
    public static WordLexicon Default => DefaultInstance.Value;

    private static readonly Lazy<WordLexicon> DefaultInstance = new(() => Build([]));

    /// <inheritdoc cref="WordTable.Find"/>
    public int Find(ReadOnlySpan<char> word, uint hash, bool asciiWord) => _table.Find(word, hash, asciiWord);

    /// <inheritdoc cref="WordTable.FindShortAscii"/>
    public int FindShortAscii(int length, ulong first, ulong second) => _table.FindShortAscii(length, first, second);

    public WordFlags FlagsOf(int entryIndex) => _table.FlagsOf(entryIndex);

    public ContextKinds ContextOf(int entryIndex) => _table.ContextOf(entryIndex);

    /// <summary>
    /// The lower-case form of a context word (the same string each time, so explanations allocate
    /// none); equal to lower-casing the token, since the lexicon matches tokens by that form.
    /// </summary>
    public string ContextWordOf(int entryIndex) => _contextWords[entryIndex]
        ?? throw new ArgumentOutOfRangeException(nameof(entryIndex), "Not a context word.");

    public LexiconEntry this[int entryIndex] => _entries[entryIndex];

    private static string Lower(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = WordHash.Lower(w[i]);
        }
    });

    /// <summary>Builds a lexicon from the embedded dictionaries plus <paramref name="extraContext"/>.</summary>
    public static WordLexicon Build(IEnumerable<ContextWord> extraContext)
    {
        var words = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        LexiconEntry Entry(string word)
        {
            if (!words.TryGetValue(word, out var e))
            {
                e = new LexiconEntry();
                words[word] = e;
            }

            return e;
        }

        void AddFlag(string list, WordFlags flag)
        {
            foreach (var word in DictionaryResources.Read(list))
            {
                if (IsSingleWord(word))
                {
                    Entry(word).Flags |= flag;
                }
            }
        }

        AddFlag(DictionaryResources.FirstNames, WordFlags.FirstName);
        AddFlag(DictionaryResources.Surnames, WordFlags.Surname);
        AddFlag(DictionaryResources.AmbiguousNames, WordFlags.AmbiguousName);
        AddFlag(DictionaryResources.StreetSuffixes, WordFlags.StreetSuffix);
        AddFlag(DictionaryResources.UsStates, WordFlags.UsState);
        foreach (var (word, flag) in BuiltInWords.Flags)
        {
            Entry(word).Flags |= flag;
        }

        var phrases = new Dictionary<string, List<HealthPhrase>>(StringComparer.OrdinalIgnoreCase);
        AddPhrases(phrases, DictionaryResources.HealthConditions, DataClasses.HealthCondition);
        AddPhrases(phrases, DictionaryResources.Symptoms, DataClasses.Symptom);
        AddPhrases(phrases, DictionaryResources.Medications, DataClasses.Medication);
        AddPhrases(phrases, DictionaryResources.Procedures, DataClasses.MedicalProcedure);
        foreach (var (first, list) in phrases)
        {
            var entry = Entry(first);
            entry.Flags |= WordFlags.HealthTerm;
            entry.Phrases = [.. list.OrderByDescending(p => p.Words.Length)];
        }

        foreach (var context in ContextVocabulary.All.Concat(extraContext))
        {
            foreach (var word in SplitWords(context.Word))
            {
                Entry(word).Context |= context.Kinds;
            }
        }

        return new WordLexicon(words);
    }

    private static void AddPhrases(Dictionary<string, List<HealthPhrase>> phrases, string list, DataClass dataClass)
    {
        foreach (var term in DictionaryResources.Read(list))
        {
            var parts = SplitWords(term);
            if (parts.Length == 0)
            {
                continue;
            }

            if (!phrases.TryGetValue(parts[0], out var bucket))
            {
                bucket = [];
                phrases[parts[0]] = bucket;
            }

            // The first list that names a term decides its class.
            if (!bucket.Exists(p => p.Words.AsSpan().SequenceEqual(parts, StringComparer.OrdinalIgnoreCase)))
            {
                bucket.Add(new HealthPhrase(parts, dataClass));
            }
        }
    }

    /// <summary>Splits a dictionary entry into the tokens the tokenizer would produce.</summary>
    internal static string[] SplitWords(string text)
    {
        var result = new List<string>(4);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !Tokenizer.IsTokenChar(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && Tokenizer.IsTokenChar(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                result.Add(text[start..i]);
            }
        }

        return [.. result];
    }

    private static bool IsSingleWord(string word)
    {
        foreach (var c in word)
        {
            if (!Tokenizer.IsTokenChar(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
