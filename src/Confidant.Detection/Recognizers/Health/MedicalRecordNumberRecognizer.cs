using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Medical record numbers have no standard format, so only context finds them: a record word
/// ("MRN", "patient", "record", "historia", "dossier") with a medical word, just before an
/// identifier holding at least five digits.
/// </summary>
internal sealed class MedicalRecordNumberRecognizer : IRecognizer
{
    private const int MinDigits = 5;
    private const int ContextTokens = 6;

    public string Id => "health.mrn";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.MedicalRecordNumber];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < MinDigits)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last value read
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume)
            {
                continue;
            }

            // Without a record word in the tokens before, no value here is reported: pass over it.
            // "hospital", "hosp" and "clinic" are medical words: only near one is "hospital number",
            // "Hosp No:" or "Clinic ID:" looked for.
            var before = context.KindsOfTokensBefore(i, ContextTokens);
            var hospitalNumber = (before & ContextKinds.MedicalRecord) == 0 && (before & ContextKinds.Medical) != 0
                && IsHospitalNumberBefore(text, tokens, IdentifierValue.StartWithPrefix(text, tokens, i));
            if ((before & ContextKinds.MedicalRecord) == 0 && !hospitalNumber)
            {
                resume = IdentifierValue.End(text, tokens, i) + 1;
                continue;
            }

            // A number may start with letters glued by a hyphen ("PT-4471920", "HC-2291847"): they are part of it.
            var first = IdentifierValue.StartWithPrefix(text, tokens, i);

            var last = IdentifierValue.Read(text, tokens, first, out var digits, out var letters, out _);

            // An NHS number is written 3-3-4 like a phone number; the word NHS and its check digit tell them apart.
            var nhsLast = i;
            var nhs = HasNhsWordBefore(text, tokens, i) && IsNhsNumberAt(text, tokens, i, out nhsLast);
            if (nhs)
            {
                (last, digits, letters) = (nhsLast, 10, 0);
            }

            var start = tokens[first].Start;
            var end = tokens[last].End;
            var next = Math.Max(last, i);
            if (digits < MinDigits || letters > 4 || IdentifierValue.LooksLikeDate(tokens, i, last) || IdentifierValue.LooksLikeYearRange(text, tokens, i, last)
                || (IdentifierValue.LooksLikePhone(tokens, i, last) && !nhs) || IdentifierValue.IsEmbedded(text, start, end)
                || (first < i && IdentifierValue.IsLongerCode(text, start)))
            {
                resume = next + 1;
                continue;
            }

            var kinds = context.ContextBefore(start, ContextTokens);
            if ((kinds & ContextKinds.MedicalRecord) != 0 || hospitalNumber)
            {
                // "record 12345" alone could be any record: it takes a medical word to be sure, near
                // or earlier in the document ("Paciente: … Nº historia: 1184729").
                var medical = (kinds & ContextKinds.Medical) != 0
                    || (HasPatientRecordWordBefore(text, tokens, first) && !(first == last && Personal.DateReader.IsCompactDate(text.Slice(tokens[first].Start, tokens[first].Length), pastOnly: false)) && IsInMedicalDocument(context, first));
                var score = medical ? Scores.PatternWithContext : Scores.Weak;
                if ((kinds & ContextKinds.Benign) != 0)
                {
                    resume = next + 1;
                    continue; // "patient portal ticket TKT-4471920", "invoice F-492119": a reference, not a record
                }

                context.Add(DataClasses.MedicalRecordNumber, start, end, score, Id, nhs ? "nhs" : null,
                    kinds & (ContextKinds.MedicalRecord | ContextKinds.Medical));
            }

            resume = next + 1;
        }
    }

    /// <summary>
    /// Record words that name a patient's record wherever they stand in a medical document; "dossier",
    /// "expediente" and "Akte" are any file ("Mutua: …, expediente AT-2024-008812", an insurer's claim).
    /// </summary>
    private static readonly string[] PatientRecordWords = ["historia", "chart", "record", "ipp", "nhc"];

    /// <summary>A word of <see cref="PatientRecordWords"/> among the three tokens before token <paramref name="index"/>.</summary>
    private static bool HasPatientRecordWordBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (TokenText.IsAny(text, tokens[k], PatientRecordWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a record word a medical word makes the text a medical document (chars).</summary>
    private const int DocumentReach = 400;

    /// <summary>
    /// True when a medical word stands in the <see cref="DocumentReach"/> chars before token
    /// <paramref name="index"/>: a discharge letter or a clinic form names its record number far from
    /// the word "patient" that heads it.
    /// </summary>
    private static bool IsInMedicalDocument(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        var limit = tokens[index].Start - DocumentReach;
        for (var k = index - 1; k >= 0 && tokens[k].Start >= limit; k--)
        {
            if ((tokens[k].Context & ContextKinds.Medical) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"hospital number RX3309174", "hospital no. 4471920", "hospital number is ...": the British name of a record number, right before it.</summary>
    private static bool IsHospitalNumberBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && text[tokens[k].End..tokens[i].Start].Trim(" :.#").Length != 0)
        {
            return false;
        }

        if (TokenText.IsAt(text, tokens, k, "is"))
        {
            k--; // "hospital number is RX3309174"
        }

        return k >= 1 && TokenText.IsAnyAt(text, tokens, k, ["number", "no", "num", "id"]) && TokenText.IsAnyAt(text, tokens, k - 1, ["hospital", "hosp", "clinic"]);
    }

    /// <summary>"NHS" among the few words before token <paramref name="i"/>: only then is a 3-3-4 number taken for an NHS number, not a phone.</summary>
    private static bool HasNhsWordBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - ContextTokens); k < i; k++)
        {
            if (text.Slice(tokens[k].Start, tokens[k].Length).Equals("nhs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An NHS number from token <paramref name="i"/>: ten digits in one token, or 3, 3 and 4 digits
    /// joined by single spaces or hyphens ("695 418 5760"), with a valid check digit.
    /// </summary>
    private static bool IsNhsNumberAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out int last)
    {
        last = i;
        if (tokens[i].Length == 10)
        {
            return tokens[i].Is(TokenShape.AllDigits) && NhsNumberValidator.IsValid(text.Slice(tokens[i].Start, 10));
        }

        if (i + 2 >= tokens.Length || tokens[i].Length != 3 || tokens[i + 1].Length != 3 || tokens[i + 2].Length != 4)
        {
            return false;
        }

        for (var k = i; k <= i + 2; k++)
        {
            if (!tokens[k].Is(TokenShape.AllDigits) || (k > i && (tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] is not (' ' or '-'))))
            {
                return false;
            }
        }

        last = i + 2;
        return NhsNumberValidator.IsValid(text[tokens[i].Start..tokens[last].End]);
    }
}
