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
    private readonly TokenList _spelledAts = new();
    private readonly TokenList _streetWords = new();
    private readonly TokenList _initials = new();
    private int _digitTokenCount;
    private int _wordAnchorCount;

    /// <summary>Tokens holding a digit (about one in six in chat): where numbers and ids start.</summary>
    public ReadOnlySpan<DigitToken> DigitTokens => _digitTokens.AsSpan(0, _digitTokenCount);

    /// <summary>
    /// Words the lexicon gives a context kind, or flags as a first name, title, health word or US
    /// state: what announces a value or starts a name or a health phrase.
    /// </summary>
    public ReadOnlySpan<int> WordAnchors => _wordAnchors.AsSpan(0, _wordAnchorCount);

    /// <summary>Words the lexicon flags <see cref="WordFlags.SpelledAt"/> ("at", "arroba"): where a spelled email address can be.</summary>
    public ReadOnlySpan<int> SpelledAts => _spelledAts.Items;

    public void AddSpelledAt(int token) => _spelledAts.Add(token);

    /// <summary>
    /// Words the lexicon flags <see cref="WordFlags.SpanishStreetType"/> or <see cref="WordFlags.StreetOpener"/>
    /// ("Calle", "PO", "c"): where an address can start at a word not followed by a number.
    /// </summary>
    public ReadOnlySpan<int> StreetWords => _streetWords.Items;

    public void AddStreetWord(int token) => _streetWords.Add(token);

    /// <summary>Single capital letters with a dot after them ("A." in "A. J. Whitfield"): where a name written with initials can start.</summary>
    public ReadOnlySpan<int> Initials => _initials.Items;

    public void AddInitial(int token) => _initials.Add(token);

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
        _spelledAts.Clear();
        _streetWords.Clear();
        _initials.Clear();
        if (_digitTokens.Length > MaxKept)
        {
            _digitTokens = new DigitToken[16];
        }

        if (_wordAnchors.Length > MaxKept)
        {
            _wordAnchors = new int[16];
            _wordAnchorKinds = new ContextKinds[16];
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

    /// <summary>A list of token indexes for one recognizer, reused from scan to scan.</summary>
    private sealed class TokenList
    {
        private int[] _items = new int[16];
        private int _count;

        public ReadOnlySpan<int> Items => _items.AsSpan(0, _count);

        public void Add(int token)
        {
            MakeRoom(ref _items, _count);
            _items[_count++] = token;
        }

        /// <summary>Empties the list, dropping a buffer a long document grew.</summary>
        public void Clear()
        {
            _count = 0;
            if (_items.Length > MaxKept)
            {
                _items = new int[16];
            }
        }
    }
}
