using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// What <see cref="PeopleContext"/> asks of a whole text (whether it holds people, header or animal
/// words, where its first count and reference words are, which capitalised words carry a number,
/// where each token's line and last colon are, whether a health finding came before), each read at
/// most once a scan and only as far as the questions need. The name and age recognizers ask for
/// every number after a name: reading the text afresh each time made 300 KB of "Ann, 1, Ann, 2, …"
/// take 31 s. Kept on the <see cref="ScanContext"/> and reused, so a scan allocates nothing for it.
/// </summary>
internal sealed class PeopleFacts
{
    /// <summary>Pairs kept: more than two always leave one that is neither the asker's word nor its number.</summary>
    private const int MaxThingPairs = 4;

    private static readonly SearchValues<char> LineMarks = SearchValues.Create("\n:");

    private readonly (int Word, int Number)[] _thingPairs = new (int, int)[MaxThingPairs];
    private readonly WordSearch _peopleWords = new(PeopleContext.PeopleWords);
    private readonly WordSearch _peopleNouns = new(PeopleContext.PeopleNouns);
    private readonly WordSearch _peopleHeaders = new(PeopleContext.PeopleHeaders);
    private readonly WordSearch _animals = new(PeopleContext.Animals);
    private readonly WordSearch _countWords = new(PeopleContext.CountWords);
    private readonly WordSearch _referenceWords = new(PeopleContext.ReferenceWords);
    private int _thingPairCount;
    private int _thingsReadTo;
    private int[] _lineStart = [];
    private int[] _colon = [];
    private int _linesReadTo;   // tokens whose line start and colon are known
    private int _nextMark = -1; // the next '\n' or ':' not yet applied (-1: not looked for yet, int.MaxValue: none)
    private int _lineStartAt;
    private int _colonAt;
    private int _scan = -1;
    private int _health; // 0 not asked yet, 1 no, 2 yes

    /// <summary>The facts of the text <paramref name="context"/> scans now.</summary>
    public static PeopleFacts Of(ScanContext context)
    {
        if (context.PeopleFacts is not PeopleFacts facts)
        {
            facts = new PeopleFacts();
            context.PeopleFacts = facts;
        }

        if (facts._scan != context.ScanNumber)
        {
            facts.Start(context.ScanNumber);
        }

        return facts;
    }

    public bool HasPeopleWord(ScanContext context) => _peopleWords.FirstUpTo(context, int.MaxValue) != int.MaxValue;

    /// <summary>Whether the text names a person by a noun (a relative, a child, a pupil), not only by "he" or "she".</summary>
    public bool HasPeopleNoun(ScanContext context) => _peopleNouns.FirstUpTo(context, int.MaxValue) != int.MaxValue;

    public bool HasPeopleHeader(ScanContext context) => _peopleHeaders.FirstUpTo(context, int.MaxValue) != int.MaxValue;

    public bool HasAnimal(ScanContext context) => _animals.FirstUpTo(context, int.MaxValue) != int.MaxValue;

    /// <summary>True when a count word stands at or before token <paramref name="limit"/>.</summary>
    public bool CountWordUpTo(ScanContext context, int limit) => _countWords.FirstUpTo(context, limit) <= limit;

    /// <summary>True when a reference word stands at or before token <paramref name="limit"/>.</summary>
    public bool ReferenceWordUpTo(ScanContext context, int limit) => _referenceWords.FirstUpTo(context, limit) <= limit;

    /// <summary>True when a capitalised word other than token <paramref name="word"/> has a number other than <paramref name="number"/> (see <see cref="PeopleContext.ListsThings"/>).</summary>
    public bool HasThingPairOtherThan(ScanContext context, int word, int number)
    {
        for (var p = 0; p < _thingPairCount || ReadThingPair(context); p++)
        {
            if (_thingPairs[p].Word != word && _thingPairs[p].Number != number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads on to the next (word, number) pair; false at the end of the text or when four are kept (then a fifth can change no answer).</summary>
    private bool ReadThingPair(ScanContext context)
    {
        if (_thingPairCount == MaxThingPairs)
        {
            return false;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        while (_thingsReadTo < tokens.Length)
        {
            var k = _thingsReadTo++;
            if (PeopleContext.NumberOfThing(text, tokens, k) is var n and >= 0)
            {
                _thingPairs[_thingPairCount++] = (k, n);
                return true;
            }
        }

        return false;
    }

    /// <summary>A health finding among the candidates, asked once a scan: the health recognizers run before the name and age recognizers, and nothing after them adds or changes one before these ask.</summary>
    public bool HasHealthFinding(ScanContext context)
    {
        if (_health == 0)
        {
            _health = 1;
            foreach (var candidate in context.Candidates)
            {
                var c = candidate.Class;
                if (candidate.Score >= Scores.Pattern && (c == DataClasses.HealthCondition || c == DataClasses.Symptom
                    || c == DataClasses.Medication || c == DataClasses.MedicalProcedure))
                {
                    _health = 2;
                    break;
                }
            }
        }

        return _health == 2;
    }

    /// <summary>The position of the last ':' on token <paramref name="j"/>'s line before it, or -1 when the line has none there.</summary>
    public int ColonBefore(ScanContext context, int j)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        if (_nextMark < 0)
        {
            var first = text.IndexOfAny(LineMarks);
            _nextMark = first < 0 ? int.MaxValue : first;
        }

        if (_lineStart.Length < tokens.Length)
        {
            Array.Resize(ref _lineStart, Math.Max(tokens.Length, 2 * _lineStart.Length));
            Array.Resize(ref _colon, _lineStart.Length);
        }

        for (; _linesReadTo <= j; _linesReadTo++)
        {
            // The marks before this token, found one IndexOfAny call per mark (not per token).
            var start = tokens[_linesReadTo].Start;
            while (_nextMark < start)
            {
                if (text[_nextMark] == '\n')
                {
                    _lineStartAt = _nextMark + 1;
                }
                else
                {
                    _colonAt = _nextMark;
                }

                var after = text[(_nextMark + 1)..].IndexOfAny(LineMarks);
                _nextMark = after < 0 ? int.MaxValue : _nextMark + 1 + after;
            }

            _lineStart[_linesReadTo] = _lineStartAt;
            _colon[_linesReadTo] = _colonAt;
        }

        return _colon[j] >= _lineStart[j] ? _colon[j] : -1;
    }

    private void Start(int scan)
    {
        _scan = scan;
        _health = 0;
        _thingPairCount = _thingsReadTo = 0;
        _linesReadTo = _lineStartAt = 0;
        _nextMark = -1;
        _colonAt = -1;
        _peopleWords.Start();
        _peopleNouns.Start();
        _peopleHeaders.Start();
        _animals.Start();
        _countWords.Start();
        _referenceWords.Start();
    }

    /// <summary>The first token of a word set, searched for only as far as asked and never twice.</summary>
    private sealed class WordSearch(WordSet words)
    {
        private int _readTo;
        private int _first;

        public void Start() => (_readTo, _first) = (0, int.MaxValue);

        /// <summary>The first token in the set if it stands at or before <paramref name="limit"/> (or has been seen), else <see cref="int.MaxValue"/>.</summary>
        public int FirstUpTo(ScanContext context, int limit)
        {
            var text = context.Text;
            var tokens = context.Tokens;
            for (; _first == int.MaxValue && _readTo < tokens.Length && _readTo <= limit; _readTo++)
            {
                if (words.Contains(text.Slice(tokens[_readTo].Start, tokens[_readTo].Length)))
                {
                    _first = _readTo;
                }
            }

            return _first;
        }
    }
}
