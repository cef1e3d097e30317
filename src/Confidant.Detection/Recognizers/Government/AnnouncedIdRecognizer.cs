using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Base of the recognizers of ids that have no shape of their own (passport, driver licence
/// numbers): they are reported only right after a word that announces them ("passport number:
/// X1234567"). From the announcing word the walk skips filler words (number, no, is, my, the
/// other announcing words) and looks at the first other token; ordinary words stop the walk, so
/// "my passport photo" or "passport expires in 2031" find nothing.
/// </summary>
internal abstract partial class AnnouncedIdRecognizer : IRecognizer
{
    /// <summary>Filler words between the announcing word and the value.</summary>
    private const int MaxFillers = 5;

    private readonly DataClass _class;
    private readonly ContextKinds _anchorKinds;
    private readonly int _minDigits;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fillers;

    protected AnnouncedIdRecognizer(string id, DataClass dataClass, ContextKinds anchorKinds, int minDigits, IEnumerable<string> fillers)
    {
        Id = id;
        _class = dataClass;
        Classes = [dataClass];
        _anchorKinds = anchorKinds;
        _minDigits = minDigits;
        _fillers = fillers.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Id { get; }

    public IReadOnlyList<DataClass> Classes { get; }

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < _minDigits)
        {
            return;
        }

        // Anchors are context words, or (see NeighbourMayAnchor) words next to a word anchor: only
        // those tokens are tried, in order.
        var tokens = context.Tokens;
        var next = 0; // first token not tried yet
        var (kinds, flags, length) = WiderAnchors;
        kinds |= _anchorKinds;
        var anchors = context.WordAnchors;
        var anchorKinds = context.WordAnchorKinds;
        for (var a = 0; a < anchors.Length; a++)
        {
            // Most word anchors are other recognizers' words (names, health terms...): passed over
            // without asking IsAnchor or NeighbourMayAnchor, which could only say no.
            if ((anchorKinds[a] & kinds) == ContextKinds.None
                && (flags == WordFlags.None || (tokens[anchors[a]].Flags & flags) == WordFlags.None)
                && (length < 0 || tokens[anchors[a]].Length != length))
            {
                continue;
            }

            var anchor = anchors[a];
            var from = NeighbourMayAnchor(tokens[anchor], before: true) ? anchor - 1 : anchor;
            var to = NeighbourMayAnchor(tokens[anchor], before: false) ? Math.Min(anchor + 1, tokens.Length - 1) : anchor;
            for (var i = Math.Max(from, next); i <= to; i = next)
            {
                next = i + 1;
                if (!IsAnchor(context, i))
                {
                    continue;
                }

                var resume = FindValue(context, i);
                if (resume > i)
                {
                    next = resume;
                }
            }
        }
    }

    /// <summary>Reads the value announced by the token at <paramref name="index"/>; returns the token to resume from.</summary>
    private int FindValue(ScanContext context, int anchor)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        if (anchor + 1 < tokens.Length && text[tokens[anchor].End..tokens[anchor + 1].Start] is "-" && tokens[anchor + 1].Is(TokenShape.HasDigit))
        {
            return anchor + 1; // "#DL-448120", "Policy number DL-48829104": a reference's prefix, not a word announcing it
        }

        BeforeAnchor(context, anchor);

        var benign = false;
        for (int j = anchor + 1, fillers = 0; j < tokens.Length && fillers <= MaxFillers; j++)
        {
            if (!IsGap(text[tokens[j - 1].End..tokens[j].Start]))
            {
                return LaterInSentence(context, anchor, j, wordsBetween: false);
            }

            var token = tokens[j];
            if (IsFiller(context, token))
            {
                benign |= (token.Context & ContextKinds.Benign) != ContextKinds.None;
                fillers++;
                continue;
            }

            if (!benign && TryValue(context, j, out var end, out var next, out var score))
            {
                context.Add(_class, token.Start, end, score, Id, null, tokens[anchor].Context & _anchorKinds);
                return SecondValue(context, next, anchor);
            }

            return benign || token.Is(TokenShape.HasDigit) ? j : LaterInSentence(context, anchor, j, wordsBetween: true);
        }

        return anchor + 1;
    }

    /// <summary>
    /// "my son's passport is T6031852 and mine is M2750419": a second value of the same kind after
    /// "and mine is" (his, hers, theirs). Returns the token to resume from.
    /// </summary>
    private int SecondValue(ScanContext context, int next, int anchor)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var k = next;
        if (Personal.TokenText.IsAnyAt(text, tokens, k, ["and", "but"]))
        {
            k++;
        }

        if (!Personal.TokenText.IsAnyAt(text, tokens, k, ["mine", "his", "hers", "theirs"]) || !Personal.TokenText.IsAnyAt(text, tokens, k + 1, ["is", "s"])
            || k + 2 >= tokens.Length || !IsGap(text[tokens[k + 1].End..tokens[k + 2].Start]))
        {
            return next;
        }

        if (TryValue(context, k + 2, out var end, out var after, out var score))
        {
            context.Add(_class, tokens[k + 2].Start, end, score, Id, null, tokens[anchor].Context & _anchorKinds);
            return after;
        }

        return next;
    }

    /// <summary>
    /// True when token <paramref name="index"/> announces a value (by default: it has an anchor
    /// context kind). Only tokens in <see cref="ScanContext.WordAnchors"/> that have an anchor kind
    /// or match <see cref="WiderAnchors"/> are asked, and the words next to one for which
    /// <see cref="NeighbourMayAnchor"/> says so: an override must not accept other tokens, and must
    /// list in <see cref="WiderAnchors"/> what else it accepts.
    /// </summary>
    protected virtual bool IsAnchor(ScanContext context, int index) => (context.Tokens[index].Context & _anchorKinds) != ContextKinds.None;

    /// <summary>
    /// What, besides the anchor kinds, makes a word anchor worth asking <see cref="IsAnchor"/> and
    /// <see cref="NeighbourMayAnchor"/> about: its context kinds, word flags or length. A subclass
    /// overriding either must list here every word anchor for which they may say yes; the others
    /// are passed over. By default nothing.
    /// </summary>
    protected virtual (ContextKinds Kinds, WordFlags Flags, int Length) WiderAnchors => (ContextKinds.None, WordFlags.None, -1);

    /// <summary>
    /// True when the word just before (<paramref name="before"/>) or after <paramref name="anchorWord"/>,
    /// a word anchor, may announce a value although it is no anchor word itself; by default never.
    /// </summary>
    protected virtual bool NeighbourMayAnchor(in Token anchorWord, bool before) => false;

    /// <summary>Reads the value starting at token <paramref name="index"/>.</summary>
    protected abstract bool TryValue(ScanContext context, int index, out int end, out int next, out double score);

    private bool IsFiller(ScanContext context, Token token)
    {
        if (token.Is(TokenShape.HasDigit))
        {
            return false;
        }

        return (token.Context & (_anchorKinds | ContextKinds.Number | ContextKinds.Identity)) != ContextKinds.None
            || (token.Flags & WordFlags.StopWord) != WordFlags.None
            || _fillers.Contains(context.Text.Slice(token.Start, token.Length))
            || IsIssuer(token);
    }

    /// <summary>A word naming who issued the id, which may stand between the announcement and the value ("license: CA D4471938").</summary>
    protected virtual bool IsIssuer(in Token token) => false;

    /// <summary>What may separate words of an announcement: spaces and a little punctuation ("no.:", "#", "n°", "driver's").</summary>
    private static bool IsGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 4)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or ':' or '#' or '.' or '-' or '\'' or '\u2019' or '=' or '(' or ')' or '°'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts of ASCII letters and digits in a token; false when it holds anything else.</summary>
    protected static bool CountAlnum(ReadOnlySpan<char> value, out int letters, out int digits)
    {
        letters = 0;
        digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token does not run on into a longer value ("123456-7", "2024/01").</summary>
    protected static bool EndsCleanly(ReadOnlySpan<char> text, int end) =>
        !(end + 1 < text.Length && text[end] is '-' or '/' or '.' or '_' && char.IsAsciiLetterOrDigit(text[end + 1]));
}
