using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Base of the recognizers of national ids that have a shape of their own (SSN, ITIN, NINO, DNI...).
/// A subclass says what the id looks like at a token and how much its shape alone is worth; this
/// class raises the score when a context word of the class is near and lowers it when a word says
/// the number is an order, amount or tracking reference. <see cref="NationalIdGroup"/> walks
/// the tokens once for all of them.
/// See README.md in this folder for how to add a country.
/// </summary>
internal abstract class NationalIdRecognizer
{
    private readonly DataClass _class;
    private readonly ContextKinds _contextKinds;
    private readonly int _minDigits;
    private readonly uint _firstLengths;
    private readonly TokenShape _firstShape;

    /// <param name="firstTokenLengths">
    /// Lengths the id's first token can have (31 standing for 31 chars or more), and
    /// <paramref name="firstTokenShape"/> the shape it must have: tokens failing either are
    /// skipped without calling <see cref="TryMatch"/>, as most tokens of a long text would be.
    /// Empty and None accept every token.
    /// </param>
    protected NationalIdRecognizer(string id, DataClass dataClass, ContextKinds contextKinds, int minDigits, string validatorName,
        ReadOnlySpan<int> firstTokenLengths = default, TokenShape firstTokenShape = TokenShape.None)
    {
        _firstLengths = firstTokenLengths.IsEmpty ? uint.MaxValue : 0;
        foreach (var length in firstTokenLengths)
        {
            _firstLengths |= 1u << Math.Min(length, 31);
        }

        _firstShape = firstTokenShape;
        Id = id;
        _class = dataClass;
        Classes = [dataClass];
        _contextKinds = contextKinds;
        _minDigits = minDigits;
        ValidatorName = validatorName;
    }

    public string Id { get; }

    public IReadOnlyList<DataClass> Classes { get; }

    /// <summary>The validator named in explanations (a name from the validator registry).</summary>
    protected string ValidatorName { get; }

    /// <summary>Fewest digits a text must hold for this id to be in it.</summary>
    internal int MinDigits => _minDigits;

    /// <summary>The lengths the id's first token can have, one bit per length (bit 31: 31 chars or more).</summary>
    internal uint FirstLengths => _firstLengths;

    /// <summary>True when a token of this shape can start the id.</summary>
    internal bool CanStartWith(TokenShape shape) => (shape & _firstShape) == _firstShape;

    /// <summary>Tries to read the id at token <paramref name="index"/> and reports it; returns the token to resume from, or -1 when there is no id.</summary>
    internal int MatchAt(ScanContext context, int index)
    {
        if (TryMatch(context, index, out var match))
        {
            Report(context, match);
            return match.NextToken;
        }

        // "my SIN is 278 587 626": the id's shape, its name right before it, and check digits that
        // fail. A customer's mistyped id is still theirs, and nearly all of it is right; it is
        // reported as named, with no validator in its explanation.
        if (match.Unchecked && !IsPlaceholder(context.Text[match.Start..match.End]) && NameRightBefore(context, match) is { } named)
        {
            context.Add(_class, match.Start, match.End, Scores.PatternWithContext, Id, validator: null, contextWords: named);
            return match.NextToken;
        }

        return -1;
    }

    /// <summary>Scores a match by the words around it and adds it.</summary>
    private void Report(ScanContext context, in IdMatch match)
    {
        var kinds = context.ContextAround(match.Start, match.End);
        var positive = kinds & _contextKinds;
        var named = positive == ContextKinds.None ? NameNear(context, match) : null;
        double score;
        if (positive != ContextKinds.None || named is not null)
        {
            score = match.ScoreWithContext;
        }
        else
        {
            score = match.Score;
            if ((kinds & ContextKinds.Benign) != ContextKinds.None)
            {
                // A nearby order/amount/tracking word outweighs the shape alone.
                score = Math.Min(score - Scores.BenignContextPenalty, Scores.Weak);
            }
            else if (NameEarlierInMessage(context, match) is { } earlier)
            {
                // Its check digits hold and the message named the id before, out of the sentence's
                // reach: a name, if farther than a near one ("my SIN starts with a 9: 923 044 184"
                // outranks the Spanish phone number the digits could be).
                score = Scores.PatternWithContext;
                named = earlier;
            }
        }

        if (score > 0)
        {
            context.Add(_class, match.Start, match.End, score, Id, ValidatorName, positive, named);
        }
    }

    /// <summary>
    /// A name of the id near <paramref name="match"/> that is no context word of the lexicon (see
    /// <see cref="IdNames"/>), as the explanation lists it; null when there is none. Asked only
    /// when no word of the recognizer's context kinds is near. By default none.
    /// </summary>
    protected virtual string[]? NameNear(ScanContext context, in IdMatch match) => null;

    /// <summary>
    /// A name of the id earlier in the message than a match its validator confirmed, beyond
    /// <see cref="NameNear"/>'s reach (see <see cref="IdNames.EarlierInMessage"/>); asked only when
    /// no context word is near and nothing says the number is an order or an amount. By default
    /// none: only ids whose check digits rarely pass at random take it.
    /// </summary>
    protected virtual string[]? NameEarlierInMessage(ScanContext context, in IdMatch match) => null;

    /// <summary>Tries to read the id starting at token <paramref name="index"/>.</summary>
    protected abstract bool TryMatch(ScanContext context, int index, out IdMatch match);

    /// <summary>
    /// A form's placeholder rather than a mistyped id: one digit repeated ("000 000 000",
    /// "11111111111") or counting up ("123 456 789", "1234 5678 9012").
    /// </summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        bool same = true, counting = true;
        var previous = -1;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var digit = c - '0';
            if (previous >= 0)
            {
                same &= digit == previous;
                counting &= digit == (previous + 1) % 10;
            }

            previous = digit;
        }

        return same || counting;
    }

    /// <summary>
    /// The id's name right before an <see cref="IdMatch.Unchecked"/> match (the id's shape, check
    /// digits failing), only fillers between (see <see cref="IdNames.RightBefore"/>): the match is
    /// then reported. By default none: an id reports no failed match.
    /// </summary>
    protected virtual string[]? NameRightBefore(ScanContext context, in IdMatch match) => null;

    /// <summary>
    /// Reads an id of digit <paramref name="groups"/> at token <paramref name="index"/>, written as
    /// one run of digits or as the groups joined by one separator, that <paramref name="isValid"/>
    /// accepts; it scores <paramref name="score"/> alone. When only the check fails, it returns
    /// false with an <see cref="IdMatch.Unchecked"/> match.
    /// </summary>
    protected static bool TryDigitGroups(ScanContext context, int index, ReadOnlySpan<int> groups, ValidatorRegistry.Validator isValid,
        double score, double scoreWithContext, out IdMatch match)
    {
        match = default;
        if (!DigitGroups.TryMatch(context, index, groups, out var end, out var next, out var separation)
            || separation == GroupSeparation.Mixed)
        {
            return false;
        }

        var start = context.Tokens[index].Start;
        if (!isValid(context.Text[start..end]))
        {
            match = new IdMatch(start, end, next, Scores.Weak, Scores.Weak) { Unchecked = true };
            return false;
        }

        match = new IdMatch(start, end, next, score, scoreWithContext);
        return true;
    }

    /// <summary>
    /// True when token <paramref name="index"/> alone is an id that <paramref name="isValid"/>
    /// accepts, not joined to a longer code ("X-ABCPE1234F").
    /// </summary>
    protected static bool IsWholeTokenId(ScanContext context, int index, ValidatorRegistry.Validator isValid)
    {
        var token = context.Tokens[index];
        return isValid(context.Text.Slice(token.Start, token.Length)) && DigitGroups.IsIsolated(context.Text, token.Start, token.End, '\0');
    }
}
