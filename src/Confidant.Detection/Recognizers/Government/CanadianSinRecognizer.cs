using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Canadian social insurance numbers ("130 692 544", "130-692-544", "130692544"), reported as the
/// class CA_SIN. Nine digits passing Luhn are too common to report alone (one random
/// number in ten passes), so the number is reported only when "SIN" or "NAS" (in capitals: "sin"
/// is Spanish for "without", "nas" Portuguese for "in the"), "social insurance" or "assurance
/// sociale" announces it (see <see cref="IdNames"/>); it then outranks the phone number the same
/// digits could be.
/// </summary>
internal sealed class CanadianSinRecognizer() : NationalIdRecognizer("government.ca-sin", DataClasses.CaSin, ContextKinds.None, 9, "ca-sin",
    [3, 9], TokenShape.AllDigits)
{
    private static readonly IdNames Names = new(
        anyCase: ["social insurance", "assurance sociale", "sin card"],
        capitals: ["SIN", "SINs", "NAS"]);

    private static ReadOnlySpan<int> Groups => [3, 3, 3];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match) =>
        TryDigitGroups(context, index, Groups, CanadianSinValidator.IsValid, Scores.Weak, Scores.ValidatedWithContext, out match);

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);
}
