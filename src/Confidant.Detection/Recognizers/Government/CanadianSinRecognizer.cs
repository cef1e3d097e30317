using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Canadian social insurance numbers ("130 692 544", "130-692-544", "130692544"), reported as the
/// class CA_SIN. Nine digits passing Luhn are too common to report alone (one random
/// number in ten passes), so a number written as one run is reported only when "SIN" or "NAS" (in
/// capitals: "sin" is Spanish for "without", "nas" Portuguese for "in the"), "social insurance" or
/// "assurance sociale" announces it (see <see cref="IdNames"/>); it then outranks the phone number
/// the same digits could be. Written in the SIN's own layout, three groups of three joined by
/// spaces or hyphens, it is reported alone at pattern strength: few other numbers are written so
/// (a phone number the configured regions take as typed still outranks it, an order or amount word
/// near still silences it), and a SIN typed with its name out of reach is not left unprotected.
/// </summary>
internal sealed class CanadianSinRecognizer() : NationalIdRecognizer("government.ca-sin", DataClasses.CaSin, ContextKinds.None, 9, "ca-sin",
    [3, 9], TokenShape.AllDigits)
{
    private static readonly IdNames Names = new(
        anyCase: ["social insurance", "assurance sociale", "sin card"],
        capitals: ["SIN", "SINs", "NAS"]);

    private static ReadOnlySpan<int> Groups => [3, 3, 3];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        if (!TryDigitGroups(context, index, Groups, CanadianSinValidator.IsValid, Scores.Weak, Scores.ValidatedWithContext, out match))
        {
            return false;
        }

        if (match.NextToken > index + 1 && context.Text[context.Tokens[index].End] is ' ' or '-' && !AfterCompanyId(context, index))
        {
            match = match with { Score = Scores.Pattern }; // "228 923 272", "228-923-272"; not "228.923.272", an amount
        }

        return true;
    }

    /// <summary>
    /// A French company number (SIREN, also the start of a SIRET, registered with the RCS) is nine
    /// Luhn-valid digits written in threes too: "SIREN 732 829 320", "RCS Paris 732 829 320".
    /// </summary>
    private static bool AfterCompanyId(ScanContext context, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            if (TokenText.IsAnyAt(context.Text, context.Tokens, k, ["siren", "siret", "rcs"]))
            {
                return true;
            }
        }

        return false;
    }

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);

    protected override string[]? NameEarlierInMessage(ScanContext context, in IdMatch match) => Names.EarlierInMessage(context, match.Start, match.End);

    protected override string[]? NameRightBefore(ScanContext context, in IdMatch match) => Names.RightBefore(context, match.Start);
}
