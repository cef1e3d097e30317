using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Driver licence numbers, only when announced ("driver's license A1234567", "DL# 123456789",
/// "licencia de conducir ...", "Führerschein ..."). The value is 5-16 ASCII letters and digits with
/// at least 3 digits, possibly in hyphen-joined groups ("D123-4567-8901"); the UK 16-char format
/// (MORGA657054SM9IJ, with its two issue digits) fits. "license" alone is not enough, since
/// software and plate licences are common; it announces a driver licence after a US state
/// ("Illinois license", "NY license") or before a number word ("licence number", "license no").
/// </summary>
internal sealed class DriverLicenseRecognizer() : AnnouncedIdRecognizer("government.driver-license", DataClasses.DriverLicense,
    ContextKinds.DriverLicense, 3,
    ["license", "licence", "licenses", "licences", "lic", "licencia", "permis", "permiso", "s", "card", "nummer", "n", "nº", "nr", "núm", "num"])
{
    private const int MaxGroups = 5;

    private static readonly string[] CountedThings =
        ["years", "year", "yrs", "months", "weeks", "days", "day", "hours", "minutes", "mins", "points", "pts", "times", "miles", "km"];

    /// <summary>Licences that are not for driving.</summary>
    internal static readonly Personal.WordSet OtherLicences = new(
    [
        "tv", "television", "fishing", "premises", "software", "music", "alcohol", "liquor", "gun", "firearm", "firearms",
        "pilot", "business", "trade", "marriage", "dog", "hunting", "broadcast", "product", "windows", "office", "site",
    ]);

    /// <summary>"license"/"licence" (7 chars), number words and US states: see IsAnchor and NeighbourMayAnchor.</summary>
    protected override (ContextKinds Kinds, WordFlags Flags, int Length) WiderAnchors => (ContextKinds.Number, WordFlags.UsState, 7);

    protected override bool IsAnchor(ScanContext context, int index)
    {
        if (base.IsAnchor(context, index))
        {
            return true;
        }

        var tokens = context.Tokens;
        if (tokens[index].Length != 7)
        {
            return false; // not "license"/"licence": most tokens stop here, before comparing text
        }

        var word = context.Text.Slice(tokens[index].Start, tokens[index].Length);
        if (!word.Equals("license", StringComparison.OrdinalIgnoreCase) && !word.Equals("licence", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "my TV licence number", "fishing licence number", "premises licence no": other licences.
        if (index > 0 && Personal.TokenText.IsAny(context.Text, tokens[index - 1], OtherLicences))
        {
            return false;
        }

        return (index > 0 && (tokens[index - 1].Flags & WordFlags.UsState) != 0)
            || (index + 1 < tokens.Length && (tokens[index + 1].Context & ContextKinds.Number) != 0);
    }

    /// <summary>A US state's two capitals after the announcement: "Driver's license: CA D4471938", "DL: NY 123 456 789".</summary>
    protected override bool IsIssuer(in Token token) =>
        token.Length == 2 && (token.Shape & TokenShape.AllUpper) != 0 && (token.Flags & WordFlags.UsState) != 0;

    /// <summary>"license" after a US state or before a number word (both word anchors) may announce a licence.</summary>
    protected override bool NeighbourMayAnchor(in Token anchorWord, bool before) =>
        before ? (anchorWord.Context & ContextKinds.Number) != 0 : (anchorWord.Flags & WordFlags.UsState) != 0;

    protected override bool TryValue(ScanContext context, int index, out int end, out int next, out double score)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        end = 0;
        next = index + 1;
        score = 0;
        int letters = 0, digits = 0, groups = 0, last = index;
        var allDigitGroups = true;

        // Groups are joined by hyphens ("D123-4567-8901"), or by single spaces when the first is
        // short and the others are digits of three or more ("S3107 45829 61734", "K 381 604 927 153",
        // "29 618 443"); "1234567 10 days ago" stays one group.
        var separator = index + 1 < tokens.Length && tokens[index + 1].Start - tokens[index].End == 1 ? text[tokens[index].End] : '\0';
        var spaced = separator == ' ' && tokens[index].Length <= 5;
        for (var i = index; i < tokens.Length && groups < MaxGroups; i++)
        {
            var token = tokens[i];
            if (i > index && (token.Start - tokens[i - 1].End != 1 || text[token.Start - 1] != (spaced ? ' ' : '-')))
            {
                break;
            }

            // A two-digit group may close three or more unless it counts something: "12345 678 90",
            // "DL 448 221 09 and I have 6 points", not "123 456 789 12 years clean driving".
            var closing = groups >= 2 && token.Length == 2
                && !(i + 1 < tokens.Length && text[token.End..tokens[i + 1].Start].Trim().IsEmpty
                    && Personal.TokenText.IsAny(text, tokens[i + 1], CountedThings));
            if (i > index && spaced && (!token.Is(TokenShape.AllDigits) || token.Length > 5 || (token.Length < 3 && !closing)))
            {
                break;
            }

            if (!CountAlnum(text.Slice(token.Start, token.Length), out var l, out var d))
            {
                return false;
            }

            letters += l;
            digits += d;
            allDigitGroups &= l == 0;
            groups++;
            last = i;
        }

        // "DL A1234 567": two spaced groups are too little to be sure of; the first is read alone.
        if (spaced && groups == 2)
        {
            return TryValueAlone(context, index, out end, out next, out score);
        }

        var length = letters + digits;
        if (length is < 5 or > 18 || digits < 3)
        {
            return false;
        }

        // "2024-05-01" after "DL" is a date, not a licence.
        if (groups == 3 && allDigitGroups && length == 8 && !spaced)
        {
            return false;
        }

        end = tokens[last].End;
        next = last + 1;
        if (!EndsCleanly(text, end))
        {
            return false;
        }

        score = Scores.PatternWithContext;
        return true;
    }

    /// <summary>The value as the single token at <paramref name="index"/>.</summary>
    private static bool TryValueAlone(ScanContext context, int index, out int end, out int next, out double score)
    {
        var token = context.Tokens[index];
        end = token.End;
        next = index + 1;
        score = 0;
        if (!CountAlnum(context.Text.Slice(token.Start, token.Length), out var letters, out var digits)
            || letters + digits is < 5 or > 18 || digits < 3)
        {
            return false;
        }

        score = Scores.PatternWithContext;
        return true;
    }
}
