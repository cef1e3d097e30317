using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Base of the recognizers of national ids that have a shape of their own (SSN, ITIN, NINO, DNI).
/// A subclass says what the id looks like at a token and how much its shape alone is worth; this
/// class walks the tokens, then raises the score when a context word of the class is near and
/// lowers it when a word says the number is an order, amount or tracking reference.
/// See README.md in this folder for how to add a country.
/// </summary>
internal abstract class NationalIdRecognizer : IRecognizer
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

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < _minDigits)
        {
            return;
        }

        // Every id holds a digit in its first token or in the next one (after a prefix such as
        // "AB" or "X"), so only the tokens at and just before a digit token are tried, in order.
        var next = 0; // first token not tried yet: tries never go back, and a match resumes after its value
        foreach (var digitToken in context.DigitTokens)
        {
            for (var i = Math.Max(digitToken.Index - 1, next); i <= digitToken.Index; i = next)
            {
                next = i + 1;
                var (length, shape) = i == digitToken.Index
                    ? (digitToken.Length, digitToken.Shape)
                    : (digitToken.PreviousLength, digitToken.PreviousShape);
                if (((_firstLengths >> Math.Min(length, 31)) & 1) == 0 || (shape & _firstShape) != _firstShape
                    || !TryMatch(context, i, out var match))
                {
                    continue;
                }

                Report(context, match);
                next = match.NextToken;
            }
        }
    }

    /// <summary>Scores a match by the words around it and adds it.</summary>
    private void Report(ScanContext context, in IdMatch match)
    {
        var kinds = context.ContextAround(match.Start, match.End);
        var positive = kinds & _contextKinds;
        double score;
        if (positive != ContextKinds.None)
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
        }

        if (score > 0)
        {
            context.Add(_class, match.Start, match.End, score, Id, ValidatorName, positive);
        }
    }

    /// <summary>Tries to read the id starting at token <paramref name="index"/>.</summary>
    protected abstract bool TryMatch(ScanContext context, int index, out IdMatch match);
}
