using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Text;

/// <summary>
/// Per-scan lists of the tokens that can start a value, in text order, filled by the tokenizer.
/// On a long text a recognizer visits only the tokens of its list instead of walking the whole
/// token array, which does not fit in the cache and which some thirty recognizers would each walk.
/// </summary>
internal sealed class TokenIndexes
{
    /// <summary>
    /// Largest list kept between scans (entries; a digit-token record is 16 bytes, an anchor 12); a
    /// longer one (a very long document) is dropped by <see cref="Clear"/>.
    /// </summary>
    private const int MaxKept = 1 << 20;

    private DigitToken[] _digitTokens = new DigitToken[16];
    private int[] _wordAnchors = new int[16];
    private ContextKinds[] _wordAnchorKinds = new ContextKinds[16];
    private int[] _spelledAts = new int[16];
    private int _digitTokenCount;
    private int _wordAnchorCount;
    private int _spelledAtCount;
    private int[] _streetWords = new int[16];
    private int _streetWordCount;
    private int[] _initials = new int[16];
    private int _initialCount;

    /// <summary>Tokens holding a digit (about one in six in chat): where numbers and ids start.</summary>
    public ReadOnlySpan<DigitToken> DigitTokens => _digitTokens.AsSpan(0, _digitTokenCount);

    /// <summary>
    /// Words the lexicon gives a context kind, or flags as a first name, title, health word or US
    /// state: what announces a value or starts a name or a health phrase.
    /// </summary>
    public ReadOnlySpan<int> WordAnchors => _wordAnchors.AsSpan(0, _wordAnchorCount);

    /// <summary>Words the lexicon flags <see cref="WordFlags.SpelledAt"/> ("at", "arroba"): where a spelled email address can be.</summary>
    public ReadOnlySpan<int> SpelledAts => _spelledAts.AsSpan(0, _spelledAtCount);

    public void AddSpelledAt(int token)
    {
        MakeRoom(ref _spelledAts, _spelledAtCount);
        _spelledAts[_spelledAtCount++] = token;
    }

    /// <summary>
    /// Words the lexicon flags <see cref="WordFlags.SpanishStreetType"/> or <see cref="WordFlags.StreetOpener"/>
    /// ("Calle", "PO", "c"): where an address can start at a word not followed by a number.
    /// </summary>
    public ReadOnlySpan<int> StreetWords => _streetWords.AsSpan(0, _streetWordCount);

    public void AddStreetWord(int token)
    {
        MakeRoom(ref _streetWords, _streetWordCount);
        _streetWords[_streetWordCount++] = token;
    }

    /// <summary>Single capital letters with a dot after them ("A." in "A. J. Whitfield"): where a name written with initials can start.</summary>
    public ReadOnlySpan<int> Initials => _initials.AsSpan(0, _initialCount);

    public void AddInitial(int token)
    {
        MakeRoom(ref _initials, _initialCount);
        _initials[_initialCount++] = token;
    }

    public void AddDigitToken(in DigitToken token)
    {
        MakeRoom(ref _digitTokens, _digitTokenCount);
        _digitTokens[_digitTokenCount++] = token;
    }

    /// <summary>
    /// The context kinds of each of <see cref="WordAnchors"/>, side by side: a recognizer that wants
    /// one kind reads this short array instead of the tokens, which lie scattered over a long text.
    /// </summary>
    public ReadOnlySpan<ContextKinds> WordAnchorKinds => _wordAnchorKinds.AsSpan(0, _wordAnchorCount);

    public void AddWordAnchor(int token, ContextKinds kinds)
    {
        MakeRoom(ref _wordAnchors, _wordAnchorCount);
        MakeRoom(ref _wordAnchorKinds, _wordAnchorCount);
        _wordAnchorKinds[_wordAnchorCount] = kinds;
        _wordAnchors[_wordAnchorCount++] = token;
    }

    /// <summary>Empties the lists, dropping buffers a long document grew.</summary>
    public void Clear()
    {
        _digitTokenCount = 0;
        _wordAnchorCount = 0;
        _spelledAtCount = 0;
        _streetWordCount = 0;
        _initialCount = 0;
        if (_digitTokens.Length > MaxKept)
        {
            _digitTokens = new DigitToken[16];
        }

        if (_wordAnchors.Length > MaxKept)
        {
            _wordAnchors = new int[16];
            _wordAnchorKinds = new ContextKinds[16];
        }

        if (_spelledAts.Length > MaxKept)
        {
            _spelledAts = new int[16];
        }

        if (_streetWords.Length > MaxKept)
        {
            _streetWords = new int[16];
        }

        if (_initials.Length > MaxKept)
        {
            _initials = new int[16];
        }
    }

    /// <summary>Doubles <paramref name="list"/> when it is full.</summary>
    private static void MakeRoom<T>(ref T[] list, int count)
    {
        if (count == list.Length)
        {
            Array.Resize(ref list, list.Length * 2);
        }
    }
}
