using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Italy's codice fiscale ("RSSMRA85T10A562S"), reported as the class IT_FISCAL_CODE. Its
/// structure (letters and digits in fixed places, a month letter, a day) and check letter make it
/// distinctive alone: validated in capitals, a strong pattern in other cases ("Rssmra85t10a562s",
/// capitalised by a phone), and certain when "codice fiscale", "CF", "C.F.", "fiscal code" or
/// "tax code" announces it. A code whose every digit was replaced by a letter (omocodia) holds no
/// digit and is not looked at.
/// </summary>
internal sealed class ItalianFiscalCodeRecognizer() : NationalIdRecognizer("government.it-fiscal-code", DataClasses.ItFiscalCode, ContextKinds.None, 1,
    "it-fiscal-code", [16], TokenShape.HasLetter | TokenShape.HasDigit)
{
    private static readonly IdNames Names = new(
        anyCase: ["codice fiscale", "fiscale", "cf", "c f", "cod fisc", "fiscal code", "tax code"],
        capitals: []);

    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        if (!IsWholeTokenId(context, index, ItalianFiscalCodeValidator.IsValid))
        {
            return false;
        }

        var token = context.Tokens[index];
        var alone = token.Is(TokenShape.AllUpper) ? Scores.Validated : Scores.StrongPattern;
        match = new IdMatch(token.Start, token.End, index + 1, alone, Scores.ValidatedWithContext);
        return true;
    }

    protected override string[]? NameNear(ScanContext context, in IdMatch match) => Names.Near(context, match.Start, match.End);
}
