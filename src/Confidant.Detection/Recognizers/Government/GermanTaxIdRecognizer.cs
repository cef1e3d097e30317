using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Germany's tax identification number ("86095742719", "86 095 742 719"), reported as the class
/// DE_TAX_ID when its name announces it ("Steuer-ID", "steuerliche Identifikationsnummer", "IdNr",
/// "tax ID"). Its check digit and digit rules pass one random eleven-digit number in
/// 270, too many for eleven digits alone, and a French or Italian VAT number or a Brazilian CPF
/// after "TVA", "VAT" or "fiscal" is no Steuer-ID.
/// </summary>
internal sealed class GermanTaxIdRecognizer() : NationalIdRecognizer("government.de-tax-id", DataClasses.DeTaxId, ContextKinds.None, 11, "de-tax-id",
    [2, 11], TokenShape.AllDigits)
{
    private static readonly IdNames Names = new(
        anyCase: ["steuer id", "steuerid", "steuer idnr", "steueridnr", "steueridentifikationsnummer", "identifikationsnummer",
            "identifikationsnr", "idnr", "tax id", "tax identification"],
        capitals: []);

    /// <summary>The Steuer-ID's own names, for a value whose check fails: "tax ID" names other countries' numbers too ("tax ID: 51 824 753 556", an ABN).</summary>
    private static readonly IdNames OwnNames = new(
        anyCase: ["steuer id", "steuerid", "steuer idnr", "steueridnr", "steueridentifikationsnummer", "identifikationsnummer",
            "identifikationsnr", "idnr"],
        capitals: []);

    private static ReadOnlySpan<int> Groups => [2, 3, 3, 3];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match) =>
        TryDigitGroups(context, index, Groups, GermanTaxIdValidator.IsValid, Scores.Weak, Scores.ValidatedWithContext, out match);

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);

    protected override string[]? NameEarlierInMessage(ScanContext context, in IdMatch match) => Names.EarlierInMessage(context, match.Start, match.End);

    protected override string[]? NameRightBefore(ScanContext context, in IdMatch match) => OwnNames.RightBefore(context, match.Start);
}
