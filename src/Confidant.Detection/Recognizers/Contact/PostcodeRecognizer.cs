using System.Collections.Frozen;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Postcodes. UK postcodes are distinctive (the outward code starts with one of the ~120 postal
/// areas, the inward code avoids C, I, K, M, O and V) and are reported on their own when written
/// in capitals; Canadian ones likewise. A five-digit US ZIP (or ZIP+4), or any European five-digit
/// code, is only a postcode right after a state ("Springfield, IL 62704") or near a postcode word.
/// </summary>
internal sealed class PostcodeRecognizer : IRecognizer
{
    public const string RecognizerId = "location.postcode";

    private const double UkScore = Scores.StrongPattern;
    private const double GluedUkScore = Scores.Pattern;
    private const double CanadaScore = Scores.StrongPattern - 0.05;
    private const double ContextScore = Scores.Validated;
    private const double LowerCaseWithContextScore = Scores.PatternWithContext;
    private const double ZipScore = Scores.PatternWithContext;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UkAreas = new[]
    {
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH", "CM",
        "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX",
        "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE",
        "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG",
        "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG",
        "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW",
        "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Postcode];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 2)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!t.Is(TokenShape.HasDigit) || !t.Is(TokenShape.AsciiOnly))
            {
                continue;
            }

            if (t.Is(TokenShape.AllDigits))
            {
                if (t.Length == 5)
                {
                    i = TryZip(context, i);
                }

                continue;
            }

            var word = text.Slice(t.Start, t.Length);
            var spaced = i + 1 < tokens.Length && tokens[i + 1].Start == t.End + 1 && text[t.End] == ' ';
            if (spaced && IsUkOutward(word) && IsUkInward(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                Report(context, t.Start, tokens[i + 1].End, UkScore);
                i++;
            }
            else if (word.Length is >= 5 and <= 7 && IsUkOutward(word[..^3]) && IsUkInward(word[^3..]))
            {
                Report(context, t.Start, t.End, GluedUkScore); // without its space it could be any product code
            }
            else if (spaced && IsCanadianHalf(word, true) && IsCanadianHalf(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length), false))
            {
                Report(context, t.Start, tokens[i + 1].End, CanadaScore);
                i++;
            }
        }
    }

    private void Report(ScanContext context, int start, int end, double score)
    {
        var kinds = context.ContextAround(start, end, 4, 2);
        var value = context.Text[start..end];
        var upper = !value.ContainsAnyInRange('a', 'z');
        var hasContext = (kinds & (ContextKinds.Postcode | ContextKinds.Address)) != 0;
        if (!upper)
        {
            // "sw1a 1aa" in lower case is a postcode only when the text says so.
            if (!hasContext || value.ContainsAnyInRange('A', 'Z'))
            {
                return;
            }

            score = LowerCaseWithContextScore;
        }
        else if (hasContext)
        {
            score = ContextScore;
        }

        if ((kinds & ContextKinds.Benign) != 0 && !hasContext)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.Postcode, start, end, score, Id, null, kinds & (ContextKinds.Postcode | ContextKinds.Address));
    }

    /// <summary>A five-digit code (ZIP+4 too) after a US state or near a postcode word. Returns the last token used.</summary>
    private int TryZip(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var t = tokens[i];
        var start = t.Start;
        var end = t.End;
        var last = i;
        if (start > 0 && text[start - 1] is '$' or '#' or '.' or ',' or '-' or '/' or '+' or ':')
        {
            return i;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Start == end + 1 && text[end] == '-')
        {
            var next = tokens[i + 1];
            if (next.Is(TokenShape.AllDigits) && next.Length == 4)
            {
                end = next.End;
                last = i + 1;
            }
            else
            {
                return i; // 12345-678: not a ZIP+4
            }
        }

        if (end < text.Length && (Tokenizer.IsTokenChar(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return last;
        }

        var afterState = i > 0 && IsState(text, tokens[i - 1]) && IsBlank(text[tokens[i - 1].End..start]);
        var kinds = context.ContextAround(start, end, 4, 2);
        var hasContext = (kinds & ContextKinds.Postcode) != 0;
        if (!afterState && !hasContext)
        {
            return last;
        }

        var score = afterState && hasContext ? ContextScore : ZipScore;
        if (!hasContext && (kinds & ContextKinds.Benign) != 0)
        {
            score -= Scores.BenignContextPenalty;
        }

        context.Add(DataClasses.Postcode, start, end, score, Id, null, kinds & ContextKinds.Postcode);
        return last;
    }

    private static bool IsState(ReadOnlySpan<char> text, Token token)
    {
        var word = text.Slice(token.Start, token.Length);
        if (token.Length == 2)
        {
            // Two-letter codes only in capitals: "in 62704" is not Indiana.
            return token.Is(TokenShape.AllUpper) && ((token.Flags & WordFlags.UsState) != 0 || ContactWords.IsUsStateCode(word));
        }

        return token.Is(TokenShape.Capitalized) && ((token.Flags & WordFlags.UsState) != 0 || ContactWords.IsUsStateName(word));
    }

    private static bool IsBlank(ReadOnlySpan<char> gap) => gap.Length is >= 1 and <= 2 && gap.Trim(' ').IsEmpty;

    /// <summary>A9, A99, AA9, AA99, A9A, AA9A with a real postal area.</summary>
    private static bool IsUkOutward(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 4 || !char.IsAsciiLetter(w[0]))
        {
            return false;
        }

        var letters = char.IsAsciiLetter(w[1]) ? 2 : 1;
        if (!UkAreas.Contains(w[..letters]) || letters >= w.Length || !char.IsAsciiDigit(w[letters]))
        {
            return false;
        }

        var rest = w[(letters + 1)..];
        return rest.Length switch
        {
            0 => true,
            1 when char.IsAsciiDigit(rest[0]) => true,
            1 when letters == 1 => "ABCDEFGHJKPSTUW".Contains(char.ToUpperInvariant(rest[0])),
            1 => "ABEHMNPRVWXY".Contains(char.ToUpperInvariant(rest[0])),
            _ => false,
        };
    }

    /// <summary>9AA where the letters are not C, I, K, M, O or V.</summary>
    private static bool IsUkInward(ReadOnlySpan<char> w) =>
        w.Length == 3 && char.IsAsciiDigit(w[0]) && IsInwardLetter(w[1]) && IsInwardLetter(w[2]);

    private static bool IsInwardLetter(char c) =>
        char.IsAsciiLetter(c) && !"CIKMOV".Contains(char.ToUpperInvariant(c));

    /// <summary>The forward sortation area (A9A) or local delivery unit (9A9) of a Canadian postal code.</summary>
    private static bool IsCanadianHalf(ReadOnlySpan<char> w, bool first)
    {
        if (w.Length != 3)
        {
            return false;
        }

        return first
            ? IsCanadianLetter(w[0]) && !(w[0] is 'W' or 'Z' or 'w' or 'z') && char.IsAsciiDigit(w[1]) && IsCanadianLetter(w[2])
            : char.IsAsciiDigit(w[0]) && IsCanadianLetter(w[1]) && char.IsAsciiDigit(w[2]);
    }

    private static bool IsCanadianLetter(char c) =>
        char.IsAsciiLetter(c) && !"DFIOQU".Contains(char.ToUpperInvariant(c));
}
