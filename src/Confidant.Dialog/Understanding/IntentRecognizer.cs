using System.Collections.Frozen;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace Confidant.Dialog.Understanding;

/// <summary>
/// Finds which intent of a bot pack a message expresses. Deterministic, no model. The message is
/// analysed by <see cref="TextAnalyzer"/> (folded, stemmed, stop words out, placeholders read as
/// their data class); its terms are its words and its pairs of neighbouring words ("my order",
/// "back on"). Each intent then gets a confidence in [0, 1] that adds three signals:
/// <list type="number">
/// <item>Examples: BM25 of the message against each example phrase, divided by the weight of the
/// whole message (so words the pack has never seen pull it down) and blended with how much of the
/// example the message covers; an intent takes its best example.</item>
/// <item>Keywords: how much keyword weight the message holds, saturating, so a keyword counts in a
/// long message too.</item>
/// <item>Vocabulary: the share of the message's weight carried by the intent's words, a word
/// counting fully when it is a keyword or is in several examples (a paraphrase that mixes two
/// examples), a little when it is in only one ("bank" in "hello bank").</item>
/// </list>
/// Term weights are inverse document frequencies over intents: a word one intent uses weighs most, a
/// number or a word pair less, and every message carries a small prior weight, so a message of one
/// common word cannot reach full confidence. Below <see cref="IntentRecognizerOptions.Threshold"/>
/// the answer is none.
/// <para>
/// Typos: a word the pack does not know, of at least <see cref="IntentRecognizerOptions.FuzzyMinLength"/>
/// letters, is matched to the nearest keyword with the same first letter by
/// <see cref="Fuzz.Ratio(string, string, PreprocessMode)"/> (a swap of two letters counts as one
/// edit: "lsot" is "lost"), and a long word that contains a keyword by
/// <see cref="Fuzz.PartialRatio(string, string, PreprocessMode)"/> (German compounds). A known word
/// is never re-read as another, so "unfreeze" stays "unfreeze".
/// </para>
/// <para>
/// Immutable once built and safe to share between threads. A message costs at most
/// <see cref="IntentRecognizerOptions.MaxInputLength"/> characters of analysis, a bounded number of
/// words and of fuzzy look-ups, and work proportional to those words times the pack's size.
/// </para>
/// </summary>
public sealed class IntentRecognizer
{
    private const int MaxTerms = 512;
    private const int MaxFuzzyLookups = 24;
    private const int MaxLengthDifference = 2;
    private const int CompoundMinKeywordLength = 5;
    private const int CompoundMinRatio = 90;
    private const int SwapRatio = 90;

    private readonly IntentScoring _scoring;
    private readonly IntentDefinition[] _intents;
    private readonly IReadOnlyList<IntentDefinition> _readOnlyIntents;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly string[] _terms;
    private readonly double[] _idf;
    private readonly Posting[][] _postings;
    private readonly TermIntent[][] _termIntents;
    private readonly int[][] _keywordIntents;
    private readonly int[][][] _phraseKeywords;
    private readonly int[] _fuzzyKeywords;
    private readonly int[] _compoundKeywords;
    private readonly int[] _exampleIntent;
    private readonly double[] _exampleNorm;
    private readonly double[] _exampleWeight;
    private readonly double _unknownWeight;
    private readonly double _evidencePrior;
    private readonly double _keywordScale;
    private readonly double _threshold;
    private readonly int _maxInputLength;
    private readonly int _maxCandidates;
    private readonly int _fuzzyMinRatio;
    private readonly int _fuzzyMinLength;

    /// <summary>Builds the recognizer from a bot pack's intents.</summary>
    /// <param name="intents">The intents; ids must be unique and each needs an example or a keyword.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">No intents, a duplicate or empty id, or an intent with nothing to match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IntentRecognizer(IEnumerable<IntentDefinition> intents, IntentRecognizerOptions? options = null)
        : this(intents, options, IntentScoring.Default)
    {
    }

    internal IntentRecognizer(IEnumerable<IntentDefinition> intents, IntentRecognizerOptions? options, IntentScoring scoring)
    {
        _scoring = scoring;
        ArgumentNullException.ThrowIfNull(intents);
        options ??= new IntentRecognizerOptions();
        options.Validate();
        _threshold = options.Threshold;
        _maxInputLength = options.MaxInputLength;
        _maxCandidates = options.MaxCandidates;
        _fuzzyMinRatio = options.FuzzyMinRatio;
        _fuzzyMinLength = options.FuzzyMinLength;

        // A copy: the caller's lists may change later; what was indexed must not.
        _intents = [.. intents.Select(i => i is null ? null! : i with { Examples = [.. i.Examples ?? []], Keywords = [.. i.Keywords ?? []] })];
        if (_intents.Length == 0)
        {
            throw new ArgumentException("at least one intent is needed.", nameof(intents));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var intent in _intents)
        {
            ArgumentNullException.ThrowIfNull(intent, nameof(intents));
            if (string.IsNullOrWhiteSpace(intent.Id))
            {
                throw new ArgumentException("an intent has an empty id.", nameof(intents));
            }

            if (!ids.Add(intent.Id))
            {
                throw new ArgumentException($"the intent id '{intent.Id}' is used twice.", nameof(intents));
            }
        }

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        int Id(string term)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = terms.Count;
                termIds.Add(term, id);
                terms.Add(term);
            }

            return id;
        }

        // Examples: term ids with their counts.
        var exampleTerms = new List<Dictionary<int, int>>();
        var exampleIntent = new List<int>();
        var intentTerms = new HashSet<int>[_intents.Length];
        var examplesWithTerm = new Dictionary<int, int>[_intents.Length];
        var keywordTerms = new HashSet<int>[_intents.Length];
        var phraseKeywords = new List<int[]>[_intents.Length];
        var fuzzy = new HashSet<int>();
        for (var i = 0; i < _intents.Length; i++)
        {
            var intent = _intents[i];
            intentTerms[i] = [];
            examplesWithTerm[i] = [];
            keywordTerms[i] = [];
            phraseKeywords[i] = [];
            var matchable = false;
            foreach (var example in intent.Examples)
            {
                var counts = new Dictionary<int, int>();
                foreach (var term in Features(TextAnalyzer.Tokenize(example, _maxInputLength, MaxTerms)))
                {
                    var id = Id(term);
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                    intentTerms[i].Add(id);
                }

                foreach (var id in counts.Keys)
                {
                    examplesWithTerm[i][id] = examplesWithTerm[i].GetValueOrDefault(id) + 1;
                }

                if (counts.Count > 0)
                {
                    exampleTerms.Add(counts);
                    exampleIntent.Add(i);
                    matchable = true;
                }
            }

            foreach (var keyword in intent.Keywords)
            {
                var keywordIds = TextAnalyzer.Analyze(keyword, _maxInputLength, MaxTerms).Select(Id).Distinct().ToArray();
                if (keywordIds.Length == 1)
                {
                    keywordTerms[i].Add(keywordIds[0]);
                    fuzzy.Add(keywordIds[0]);
                }
                else if (keywordIds.Length > 1)
                {
                    phraseKeywords[i].Add(keywordIds);
                }

                intentTerms[i].UnionWith(keywordIds);
                matchable |= keywordIds.Length > 0;
            }

            if (!matchable)
            {
                throw new ArgumentException($"the intent '{intent.Id}' has no example or keyword with a word to match.", nameof(intents));
            }
        }

        _readOnlyIntents = Array.AsReadOnly(_intents);
        _terms = [.. terms];
        _termIds = termIds.ToFrozenDictionary(StringComparer.Ordinal);

        // Inverse document frequency over intents: a word every intent uses weighs almost nothing.
        var intentCount = _intents.Length;
        var documentFrequency = new int[_terms.Length];
        var termIntents = new List<TermIntent>[_terms.Length];
        var keywordIntents = new List<int>[_terms.Length];
        for (var t = 0; t < _terms.Length; t++)
        {
            termIntents[t] = [];
            keywordIntents[t] = [];
        }

        for (var i = 0; i < intentCount; i++)
        {
            foreach (var t in intentTerms[i])
            {
                documentFrequency[t]++;

                // How much the word belongs to the intent: fully for a keyword or a word of several
                // of its examples, a third for a word of one example ("bank" in "hello bank").
                var association = keywordTerms[i].Contains(t)
                    ? 1
                    : Math.Min(1, examplesWithTerm[i].GetValueOrDefault(t) / _scoring.SalientExamples);
                termIntents[t].Add(new TermIntent(i, association));
            }

            foreach (var t in keywordTerms[i])
            {
                keywordIntents[t].Add(i);
            }
        }

        _idf = [.. documentFrequency.Select(df => Idf(intentCount, df))];
        if (termIds.TryGetValue(TextAnalyzer.NumberTerm, out var number))
        {
            // "item #389501", "send 250": a number helps, but alone it says little.
            _idf[number] *= _scoring.NumberFactor;
        }

        for (var t = 0; t < _terms.Length; t++)
        {
            if (_terms[t].Contains(' ', StringComparison.Ordinal))
            {
                _idf[t] *= _scoring.BigramFactor;
            }
        }

        _unknownWeight = _scoring.UnknownWordFactor * Idf(intentCount, 0);
        _evidencePrior = _scoring.EvidencePrior * Idf(intentCount, 0);
        _keywordScale = _scoring.KeywordSaturation * Idf(intentCount, 0);
        _termIntents = [.. termIntents.Select(list => list.ToArray())];
        _keywordIntents = [.. keywordIntents.Select(list => list.ToArray())];
        _phraseKeywords = [.. phraseKeywords.Select(list => list.ToArray())];
        _fuzzyKeywords = [.. fuzzy.Where(t => _terms[t].Length >= _fuzzyMinLength && _terms[t] != TextAnalyzer.NumberTerm).Order()];
        _compoundKeywords = [.. _fuzzyKeywords.Where(t => _terms[t].Length >= CompoundMinKeywordLength)];

        // BM25 postings over the example phrases.
        var postings = new List<Posting>[_terms.Length];
        for (var t = 0; t < _terms.Length; t++)
        {
            postings[t] = [];
        }

        var averageLength = exampleTerms.Count == 0 ? 1 : exampleTerms.Average(e => (double)e.Values.Sum());
        _exampleIntent = [.. exampleIntent];
        _exampleNorm = new double[exampleTerms.Count];
        _exampleWeight = new double[exampleTerms.Count];
        for (var e = 0; e < exampleTerms.Count; e++)
        {
            var length = exampleTerms[e].Values.Sum();
            _exampleNorm[e] = _scoring.K1 * (1 - _scoring.B + (_scoring.B * length / averageLength));
            foreach (var (t, count) in exampleTerms[e].OrderBy(p => p.Key))
            {
                postings[t].Add(new Posting(e, count));
                _exampleWeight[e] += _idf[t];
            }
        }

        _postings = [.. postings.Select(list => list.ToArray())];
    }

    /// <summary>The intents, in the order they were given.</summary>
    public IReadOnlyList<IntentDefinition> Intents => _readOnlyIntents;

    /// <summary>Recognises the intent of one message (its bot view, with placeholders).</summary>
    /// <param name="text">The message; <see langword="null"/> or empty gives <see cref="IntentMatch.None"/>.</param>
    /// <returns>The best intent or none, its confidence and the ranked candidates.</returns>
    public IntentMatch Recognize(string? text)
    {
        var query = ReadQuery(text);
        if (query.Count == 0)
        {
            return IntentMatch.None;
        }

        var total = _evidencePrior;
        foreach (var term in query)
        {
            total += term.Weight;
        }

        // BM25 per example phrase, and how much of each example the message covers.
        var bm25 = new double[_exampleIntent.Length];
        var covered = new double[_exampleIntent.Length];
        var vocabulary = new double[_intents.Length];
        var keywords = new double[_intents.Length];
        foreach (var term in query)
        {
            if (term.Id < 0)
            {
                continue;
            }

            var idf = _idf[term.Id];
            foreach (var posting in _postings[term.Id])
            {
                bm25[posting.Example] += term.Similarity * idf * posting.Count * (_scoring.K1 + 1) / (posting.Count + _exampleNorm[posting.Example]);
                covered[posting.Example] += term.Similarity * idf;
            }

            foreach (var (i, association) in _termIntents[term.Id])
            {
                vocabulary[i] += term.Similarity * idf * association;
            }

            foreach (var i in _keywordIntents[term.Id])
            {
                keywords[i] += term.Similarity * idf;
            }
        }

        AddPhraseKeywords(query, keywords);

        var best = new double[_intents.Length];
        for (var e = 0; e < bm25.Length; e++)
        {
            if (bm25[e] <= 0)
            {
                continue;
            }

            var score = ((1 - _scoring.ExampleCoverageShare) * Math.Min(1, bm25[e] / total)) +
                (_scoring.ExampleCoverageShare * Math.Min(1, covered[e] / _exampleWeight[e]));
            var i = _exampleIntent[e];
            best[i] = Math.Max(best[i], score);
        }

        var candidates = new List<IntentCandidate>(_intents.Length);
        for (var i = 0; i < _intents.Length; i++)
        {
            var score = (_scoring.ExampleWeight * best[i]) +
                (_scoring.KeywordWeight * KeywordScore(keywords[i], total)) +
                (_scoring.VocabularyWeight * Math.Min(1, vocabulary[i] / total));
            if (score > 0)
            {
                candidates.Add(new IntentCandidate(_intents[i].Id, Math.Clamp(Math.Round(score, 6), 0, 1)));
            }
        }

        if (candidates.Count == 0)
        {
            return IntentMatch.None;
        }

        // A stable sort: equal scores keep the order the pack declared the intents in.
        IntentCandidate[] ranked = [.. candidates.OrderByDescending(c => c.Score)];
        var top = ranked[0];
        var kept = ranked.Length > _maxCandidates ? ranked[.._maxCandidates] : ranked;
        return new IntentMatch(top.Score >= _threshold ? top.IntentId : null, top.Score, kept);
    }

    // With a saturation set, keywords count by how much of them the message holds, however long the
    // message (a shopper naming "shoes" in a long sentence); otherwise by their share of the message.
    private double KeywordScore(double matched, double total) =>
        _keywordScale > 0 ? 1 - Math.Exp(-matched / _keywordScale) : Math.Min(1, matched / total);

    // A keyword of several words ("opening hours") counts when the message has all of them.
    private void AddPhraseKeywords(List<QueryTerm> query, double[] keywords)
    {
        Dictionary<int, double>? similarity = null;
        for (var i = 0; i < _phraseKeywords.Length; i++)
        {
            foreach (var phrase in _phraseKeywords[i])
            {
                similarity ??= query.Where(q => q.Id >= 0).ToDictionary(q => q.Id, q => q.Similarity);
                var sum = 0.0;
                foreach (var id in phrase)
                {
                    if (!similarity.TryGetValue(id, out var found))
                    {
                        sum = 0;
                        break;
                    }

                    sum += found * _idf[id];
                }

                keywords[i] += sum;
            }
        }
    }

    // The distinct terms of the message, each mapped to a known term (exactly or fuzzily) or unknown.
    private List<QueryTerm> ReadQuery(string? text)
    {
        var query = new List<QueryTerm>();
        if (string.IsNullOrEmpty(text))
        {
            return query;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byId = new Dictionary<int, int>();
        var fuzzyLookups = 0;
        var words = TextAnalyzer.Tokenize(text, _maxInputLength, MaxTerms);
        foreach (var word in words)
        {
            var term = word.Term;
            if (word.IsStopWord || !seen.Add(term))
            {
                continue;
            }

            if (!_termIds.TryGetValue(term, out var id))
            {
                var similarity = 0.0;
                id = -1;
                if (term.Length >= _fuzzyMinLength && fuzzyLookups < MaxFuzzyLookups)
                {
                    fuzzyLookups++;
                    (id, similarity) = FindNearest(term);
                }

                if (id < 0)
                {
                    query.Add(new QueryTerm(-1, 0, _unknownWeight));
                    continue;
                }

                AddKnown(query, byId, id, similarity);
                continue;
            }

            AddKnown(query, byId, id, 1);
        }

        // Word pairs the pack uses ("my order", "order the", "back on") add what they know; an
        // unknown pair says nothing, since most pairs of a new sentence are unknown.
        foreach (var pair in Bigrams(words))
        {
            if (seen.Add(pair) && _termIds.TryGetValue(pair, out var id))
            {
                AddKnown(query, byId, id, 1);
            }
        }

        return query;
    }

    // The terms of a phrase: its words (stop words left out) and its pairs of neighbouring words.
    private static IEnumerable<string> Features(List<AnalyzedWord> words) =>
        words.Where(w => !w.IsStopWord).Select(w => w.Term).Concat(Bigrams(words));

    private static IEnumerable<string> Bigrams(List<AnalyzedWord> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            if (!words[k - 1].IsStopWord || !words[k].IsStopWord)
            {
                yield return string.Concat(words[k - 1].Term, " ", words[k].Term);
            }
        }
    }

    // Two words of the message that meet in one term ("card", "cards"; "balnce", "balance") count once.
    private void AddKnown(List<QueryTerm> query, Dictionary<int, int> byId, int id, double similarity)
    {
        if (byId.TryGetValue(id, out var index))
        {
            if (query[index].Similarity < similarity)
            {
                query[index] = query[index] with { Similarity = similarity };
            }

            return;
        }

        byId.Add(id, query.Count);
        query.Add(new QueryTerm(id, similarity, _idf[id]));
    }

    // The keyword nearest to an unknown word: "balnce" -> balance, "lsot" -> lost, "Kartensperre" -> sperre.
    private (int Id, double Similarity) FindNearest(string term)
    {
        var bestId = -1;
        var bestRatio = 0;
        foreach (var t in _fuzzyKeywords)
        {
            var keyword = _terms[t];
            // Typists rarely miss the first letter, and a different first letter is usually another
            // word ("spain" is not "pain").
            if (Math.Abs(keyword.Length - term.Length) > MaxLengthDifference || keyword[0] != term[0])
            {
                continue;
            }

            // Fuzz.Ratio scores a swap of two letters as two edits; a typist makes it as one.
            var ratio = IsOneSwap(term, keyword) ? SwapRatio : Fuzz.Ratio(term, keyword, PreprocessMode.None);
            if (ratio > bestRatio)
            {
                bestRatio = ratio;
                bestId = t;
            }
        }

        if (bestRatio >= _fuzzyMinRatio)
        {
            return (bestId, bestRatio / 100.0);
        }

        foreach (var t in _compoundKeywords)
        {
            var keyword = _terms[t];
            if (term.Length >= keyword.Length + 3 && Fuzz.PartialRatio(keyword, term, PreprocessMode.None) >= CompoundMinRatio)
            {
                return (t, CompoundMinRatio / 100.0);
            }
        }

        return (-1, 0);
    }

    private static bool IsOneSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] == b[k])
            {
                continue;
            }

            if (first >= 0)
            {
                return k == first + 1 && a[first] == b[k] && a[k] == b[first] && a.AsSpan(k + 1).SequenceEqual(b.AsSpan(k + 1));
            }

            first = k;
        }

        return false;
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private readonly record struct Posting(int Example, int Count);

    private readonly record struct TermIntent(int Intent, double Association);

    private readonly record struct QueryTerm(int Id, double Similarity, double Weight);
}
