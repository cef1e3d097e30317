using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// India's permanent account numbers ("ABCPE1234F"), reported as the class IN_PAN when "PAN" or
/// "permanent account" announces them. The shape has no check digit, and promo codes have it too
/// ("HAPPY5000X": five letters, four digits, a letter, P fourth), so it is not reported alone.
/// </summary>
internal sealed class IndianPanRecognizer() : NationalIdRecognizer("government.in-pan", DataClasses.InPan, ContextKinds.None, 4, "in-pan",
    [10], TokenShape.HasLetter | TokenShape.HasDigit)
{
    private static readonly IdNames Names = new(
        anyCase: ["pan card", "permanent account"],
        capitals: ["PAN"]);

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        if (!IsWholeTokenId(context, index, IndianPanValidator.IsValid))
        {
            return false;
        }

        var token = context.Tokens[index];
        match = new IdMatch(token.Start, token.End, index + 1, Scores.Weak, Scores.PatternWithContext);
        return true;
    }

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);

    /// <summary>
    /// Its structure (holder letter fourth) confirmed, a PAN takes a name earlier in the message too:
    /// "… rejecting my PAN because I typed it with a space … oh wait it's GZTPG1496C"; not a code
    /// a promotion word names ("Use promo HAPPY5000X at checkout": see <see cref="IdNames.EarlierInMessage"/>).
    /// </summary>
    protected override string[]? NameEarlierInMessage(ScanContext context, in IdMatch match) => Names.EarlierInMessage(context, match.Start, match.End);
}
