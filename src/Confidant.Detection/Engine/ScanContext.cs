using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Engine;

/// <summary>
/// The per-scan state that recognizers read: the normalised text, its tokens with what the
/// lexicon knows of them, and the list of candidates found so far. One instance is reused per
/// thread, so a scan that finds nothing allocates nothing.
/// </summary>
internal sealed class ScanContext
{
    /// <summary>Context words farther than this many chars from a value are not considered (keeps scans local for streaming).</summary>
    public const int MaxContextDistance = 120;

    private char[] _normalized = new char[256];
    private readonly OffsetMap _offsets = new();
    private Token[] _tokens = new Token[64];
    private readonly TokenIndexes _indexes = new();
    private Candidate[] _candidates = new Candidate[16];
    private string _original = string.Empty;
    private int _length;
    private bool _identity;
    private int _tokenHint; // the last answer of TokenIndexAt, tried first by the next call

    public WordLexicon Lexicon { get; private set; } = null!;

    /// <summary>The normalised text recognizers scan.</summary>
    public ReadOnlySpan<char> Text => _identity ? _original.AsSpan() : _normalized.AsSpan(0, _length);

    /// <summary>The tokens of <see cref="Text"/>, in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    public int TokenCount { get; private set; }

    /// <inheritdoc cref="TokenIndexes.DigitTokens"/>
    public ReadOnlySpan<DigitToken> DigitTokens => _indexes.DigitTokens;

    /// <inheritdoc cref="TokenIndexes.Initials"/>
    public ReadOnlySpan<int> Initials => _indexes.Initials;

    /// <inheritdoc cref="TokenIndexes.StreetWords"/>
    public ReadOnlySpan<int> StreetWords => _indexes.StreetWords;

    /// <inheritdoc cref="TokenIndexes.SpelledAts"/>
    public ReadOnlySpan<int> SpelledAts => _indexes.SpelledAts;

    /// <inheritdoc cref="TokenIndexes.WordAnchors"/>
    public ReadOnlySpan<int> WordAnchors => _indexes.WordAnchors;

    /// <inheritdoc cref="TokenIndexes.WordAnchorKinds"/>
    public ReadOnlySpan<ContextKinds> WordAnchorKinds => _indexes.WordAnchorKinds;

    /// <summary>How many ASCII digits the normalised text holds; most recognizers of numbers skip texts with few.</summary>
    public int DigitCount { get; private set; }

    public int CandidateCount { get; private set; }

    public ReadOnlySpan<Candidate> Candidates => _candidates.AsSpan(0, CandidateCount);

    /// <summary>The candidates, writable: resolution filters them in place once every recognizer has run.</summary>
    public Span<Candidate> CandidatesToResolve => _candidates.AsSpan(0, CandidateCount);

    /// <summary>
    /// Counts the scans of this context. A check that derives something from the whole text once a
    /// scan keeps it with the scan's number, so it is computed again for the next text.
    /// </summary>
    public int ScanNumber { get; private set; }

    /// <summary>
    /// What the people checks derived from this scan's text (see Recognizers.Personal.PeopleContext),
    /// kept here so the object is made once per context and reused, never once per scan.
    /// </summary>
    public object? PeopleFacts { get; set; }

    /// <summary>A list reused to gather the context words of one finding's explanation; lexicon words only, never the text's.</summary>
    public List<string> ContextWordScratch { get; } = new(8);

    /// <summary>Whether this scan's text names a payment card, once asked (see Recognizers.Payment.CardSecurityCodeRecognizer.NamesACard); null until then.</summary>
    public bool? CardNamed { get; set; }

    /// <summary>Prepares the context for <paramref name="text"/>.</summary>
    public void Reset(string text, WordLexicon lexicon)
    {
        ScanNumber++;
        CardNamed = null;
        Lexicon = lexicon;
        _original = text;
        CandidateCount = 0;
        if (TextNormalizer.IsPlain(text))
        {
            _identity = true;
            _length = text.Length;
        }
        else
        {
            _identity = false;
            EnsureCapacity(text.Length);
            _length = TextNormalizer.Normalize(text, _normalized, _offsets);
        }

        Tokenizer.Tokenize(Text, lexicon, ref _tokens, out var count, _indexes, out var digits);
        TokenCount = count;
        DigitCount = digits;
        _tokenHint = 0;
    }

    /// <summary>
    /// Wipes the normalised copy of the text and drops the reference to the original, so the text
    /// does not outlive the scan. Buffers are kept for the next scan up to <see cref="MaxKeptChars"/>
    /// (reallocating them for every long document costs more than the scan); larger ones are dropped.
    /// </summary>
    public void Clear()
    {
        if (!_identity)
        {
            Array.Clear(_normalized, 0, _length);
        }

        var usedCandidates = CandidateCount;
        _original = string.Empty;
        _length = 0;
        TokenCount = 0;
        _indexes.Clear();
        CandidateCount = 0;
        if (_normalized.Length > MaxKeptChars)
        {
            _normalized = new char[256];
        }

        _offsets.Clear();
        if (_tokens.Length > MaxKeptChars / 4)
        {
            _tokens = new Token[64];
        }

        // A long document has thousands of candidates: regrowing the buffer from 16 for each one
        // allocated more than its findings did, so it is kept up to MaxKeptCandidates.
        if (_candidates.Length > MaxKeptCandidates)
        {
            _candidates = new Candidate[16];
        }
        else
        {
            // Candidates hold recognizer ids and classes only, but do not keep them alive. Only the
            // used part needs clearing: the rest was cleared after the scan that used it.
            Array.Clear(_candidates, 0, usedCandidates);
        }
    }

    /// <summary>Largest normalised buffer kept between scans (chars).</summary>
    private const int MaxKeptChars = 4 * 1024 * 1024;

    /// <summary>Largest candidate buffer kept between scans (a 1 MB document has 10,000-20,000 candidates).</summary>
    private const int MaxKeptCandidates = 32 * 1024;

    /// <summary>Adds a candidate in normalised offsets.</summary>
    public void Add(DataClass dataClass, int start, int end, double score, string recognizerId, string? validator = null,
        ContextKinds context = ContextKinds.None, string[]? contextWords = null)
    {
        if (start < 0 || end > _length || end <= start)
        {
            return;
        }

        if (CandidateCount == _candidates.Length)
        {
            Array.Resize(ref _candidates, _candidates.Length * 2);
        }

        _candidates[CandidateCount++] = new Candidate(dataClass, start, end, Math.Clamp(score, 0, 1), recognizerId, validator, context, contextWords);
    }

    /// <summary>Index of the first token that ends after <paramref name="position"/> (TokenCount when none).</summary>
    public int TokenIndexAt(int position)
    {
        var tokens = Tokens;
        var n = tokens.Length;

        // Each recognizer asks about positions left to right, mostly near its previous question:
        // gallop from the last answer instead of a binary search over the whole text, which on a
        // long document costs about twenty cache misses per question.
        var h = Math.Min(_tokenHint, n);
        int lo, hi;
        if (h < n && tokens[h].End <= position)
        {
            // The answer is after h.
            lo = h + 1;
            var probe = lo;
            for (var step = 1; probe < n && tokens[probe].End <= position; step <<= 1)
            {
                lo = probe + 1;
                probe = lo + step;
            }

            hi = Math.Min(probe, n);
        }
        else if (h > 0 && tokens[h - 1].End > position)
        {
            // The answer is before h.
            hi = h - 1;
            var probe = hi - 1;
            for (var step = 1; probe >= 0 && tokens[probe].End > position; step <<= 1)
            {
                hi = probe;
                probe = hi - step;
            }

            lo = Math.Max(probe + 1, 0);
        }
        else
        {
            return h;
        }

        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        _tokenHint = lo;
        return lo;
    }

    /// <summary>
    /// Context kinds of up to <paramref name="before"/> tokens that end at or before
    /// <paramref name="start"/> and up to <paramref name="after"/> tokens that start at or after
    /// <paramref name="end"/>, all within <see cref="MaxContextDistance"/> chars of the value.
    /// </summary>
    public ContextKinds ContextAround(int start, int end, int before = 6, int after = 3) =>
        ContextBefore(start, before) | ContextAfter(end, after);

    /// <summary>Context kinds of up to <paramref name="count"/> tokens ending at or before <paramref name="position"/>.</summary>
    public ContextKinds ContextBefore(int position, int count = 6)
    {
        var kinds = ContextKinds.None;
        var tokens = Tokens;
        var limit = position - MaxContextDistance;
        var i = TokenIndexAt(position) - 1;
        var gapEnd = position;
        for (var seen = 0; i >= 0 && seen < count; i--, seen++)
        {
            if (tokens[i].End > position)
            {
                seen--; // the token the value starts in is not context
                continue;
            }

            if (tokens[i].Start < limit || SeparatesFields(tokens[i].End, gapEnd))
            {
                break;
            }

            kinds |= tokens[i].Context;
            gapEnd = tokens[i].Start;
        }

        return kinds;
    }

    /// <summary>
    /// Context kinds of the <paramref name="count"/> tokens before token <paramref name="index"/>,
    /// with no distance limit: a superset of <see cref="ContextBefore"/> for a value that starts at
    /// that token, so a recognizer that needs a kind there can pass over most tokens cheaply.
    /// </summary>
    public ContextKinds KindsOfTokensBefore(int index, int count)
    {
        var kinds = ContextKinds.None;
        var tokens = Tokens;
        for (var k = Math.Max(0, index - count); k < index; k++)
        {
            kinds |= tokens[k].Context;
        }

        return kinds;
    }

    /// <summary>The same as <see cref="KindsOfTokensBefore"/> for the <paramref name="count"/> tokens after token <paramref name="index"/>.</summary>
    public ContextKinds KindsOfTokensAfter(int index, int count)
    {
        var kinds = ContextKinds.None;
        var tokens = Tokens;
        for (var k = index + 1; k < tokens.Length && k <= index + count; k++)
        {
            kinds |= tokens[k].Context;
        }

        return kinds;
    }

    /// <summary>Context kinds of up to <paramref name="count"/> tokens starting at or after <paramref name="position"/>.</summary>
    public ContextKinds ContextAfter(int position, int count = 3)
    {
        var kinds = ContextKinds.None;
        var tokens = Tokens;
        var limit = position + MaxContextDistance;
        var i = TokenIndexAt(position);
        if (i < tokens.Length && tokens[i].Start < position)
        {
            i++; // the token the value ends in is not context
        }

        var gapStart = position;
        for (var seen = 0; i < tokens.Length && seen < count && tokens[i].End <= limit && !SeparatesFields(gapStart, tokens[i].Start); i++, seen++)
        {
            kinds |= tokens[i].Context;
            gapStart = tokens[i].End;
        }

        return kinds;
    }

    /// <summary>
    /// Whether the text between two tokens holds a ';' set apart by spaces, which ends a field of
    /// a pasted form ("Leeds LS6 1BL ; OPG reference: ..."): context words stop there, as a reader's
    /// eye does. A ';' right after a word ("SSN; 123-45-6789"), a wink ";)" or "&nbsp;" does not.
    /// </summary>
    public bool SeparatesFields(int from, int to)
    {
        var text = Text;
        for (var p = from; p < to; p++)
        {
            if (text[p] == ';' && p > 0 && char.IsWhiteSpace(text[p - 1]) && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps a normalised span to the original text.</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        _identity ? (start, end) : (_offsets.StartOf(start), _offsets.EndOf(end - 1));


    private void EnsureCapacity(int length)
    {
        if (_normalized.Length < length)
        {
            var size = Math.Max(length, _normalized.Length * 2);
            _normalized = new char[size];
        }
    }
}
