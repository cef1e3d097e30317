using System.Collections.Frozen;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Lexicon;

/// <summary>
/// One case-insensitive dictionary for every word the recognizers care about: names, street
/// words, health terms and context keywords. A scan looks each word up once.
/// </summary>
internal sealed class WordLexicon
{
    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly LexiconEntry[] _entries;

    private WordLexicon(Dictionary<string, LexiconEntry> words)
    {
        _entries = [.. words.Values];
        var index = new Dictionary<string, int>(words.Count, StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var key in words.Keys)
        {
            index[key] = i++;
        }

        _index = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct words.</summary>
    public int Count => _entries.Length;

    /// <summary>The lexicon built from the embedded dictionaries and the built-in context words.</summary>
    public static WordLexicon Default => DefaultInstance.Value;

    private static readonly Lazy<WordLexicon> DefaultInstance = new(() => Build([]));

    public bool TryLookup(ReadOnlySpan<char> word, out int entryIndex, out LexiconEntry entry)
    {
        if (_lookup.TryGetValue(word, out entryIndex))
        {
            entry = _entries[entryIndex];
            return true;
        }

        entry = null!;
        return false;
    }

    public LexiconEntry this[int entryIndex] => _entries[entryIndex];

    public bool TryGet(string word, out LexiconEntry entry)
    {
        if (_index.TryGetValue(word, out var i))
        {
            entry = _entries[i];
            return true;
        }

        entry = null!;
        return false;
    }

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
