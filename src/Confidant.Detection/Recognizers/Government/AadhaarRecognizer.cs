using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// India's Aadhaar numbers ("3998 7654 3211", "3998-7654-3211", "399876543211"), reported as the
/// class IN_AADHAAR when "Aadhaar" (or "Aadhar", "Adhaar", "UIDAI", "आधार") announces it. The
/// Verhoeff check passes one random number in ten, too often for twelve digits alone (a 12-digit
/// card number is grouped the same way).
/// </summary>
internal sealed class AadhaarRecognizer() : NationalIdRecognizer("government.in-aadhaar", DataClasses.InAadhaar, ContextKinds.None, 12, "in-aadhaar",
    [4, 12], TokenShape.AllDigits)
{
    private static readonly IdNames Names = new(
        anyCase: ["aadhaar", "aadhar", "adhaar", "adhar", "uidai", "आधार", "aadhaar card", "aadhar card", "adhaar card", "adhar card"],
        capitals: []);

    private static ReadOnlySpan<int> Groups => [4, 4, 4];

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match) =>
        TryDigitGroups(context, index, Groups, AadhaarValidator.IsValid, Scores.Weak, Scores.ValidatedWithContext, out match);

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);

    protected override string[]? NameEarlierInMessage(ScanContext context, in IdMatch match) => Names.EarlierInMessage(context, match.Start, match.End);

    /// <summary>An Aadhaar never starts with 0 or 1: such a value after its name is no mistyped Aadhaar ("aadhaar: 1234 5678 9012").</summary>
    protected override string[]? NameRightBefore(ScanContext context, in IdMatch match) =>
        context.Text[match.Start] is '0' or '1' ? null : Names.RightBefore(context, match.Start);
}
