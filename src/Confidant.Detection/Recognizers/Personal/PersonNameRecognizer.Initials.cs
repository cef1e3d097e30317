using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names written with initials and a known family name after a word that leads to a person: "the
/// booking is under A. J. Whitfield", "addressed to T.K. Osei", "my adviser was R. Venkataraman".
/// Only there: a sentence ending in a letter ("size M.", "vitamin D.", "plan B.", "the U.S.") makes
/// the next word look like a family name, and firms are named with initials ("J.P. Morgan", "S.C.
/// Johnson", "chez E. Leclerc"), so a review found far more wrong names than right ones when any
/// initials before a known family name counted.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Most initials before a family name ("J. R. R. Tolkien").</summary>
    private const int MaxInitials = 3;

    /// <summary>Words right before initials that lead to a person: "under", "to", "by", "cc", "dear", "was", "called".</summary>
    private static readonly string[] PersonBeforeInitials =
        ["under", "to", "by", "cc", "dear", "attn", "was", "called", "named", "signed", "payee", "holder", "beneficiary", "contact", "paid", "pay"];

    /// <summary>Initials that are abbreviations: "to U.S. Durham", "by 10 A.M. Fernando".</summary>
    private static readonly string[] AbbreviationInitials = ["us", "uk", "dc", "am", "pm", "ps", "eu", "un", "nb", "ie", "eg", "jp", "la", "ny"];

    /// <summary>Firms named with two initials and a family name, as customers type them.</summary>
    private static readonly WordSet FirmsWithInitials = new(
    [
        "j.p. morgan", "jp morgan", "j. p. morgan", "p.f. chang", "s.c. johnson", "a.p. moller", "w.w. norton", "a.c. moore",
        "j.c. penney", "t.j. maxx", "w.h. smith", "l.l. bean", "j.b. hunt", "h.j. heinz", "r.j. reynolds", "a.o. smith",
        "c.h. robinson", "j.m. smucker", "d.r. horton", "j.g. wentworth", "e.w. scripps", "t.j. hughes", "h.r. block",
        "j.d. williams", "a.g. barr", "g.h. mumm", "j.w. marriott", "j.r. simplot", "j.d. power",
    ]);

    /// <summary>What a family name after initials must not also be.</summary>
    private const WordFlags NotAfterInitials = Unsure | WordFlags.PersonTitle;

    private void WithInitials(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0;
        foreach (var k in context.Initials)
        {
            if (k < resume || (k > 0 && IsInitialBefore(text, tokens, k)))
            {
                continue; // read from the first initial
            }

            var last = k;
            while (last + 1 < tokens.Length && last - k + 1 < MaxInitials && IsInitialBefore(text, tokens, last + 1))
            {
                last++;
            }

            // One initial only after a word that leads to a person; two or more ("A. J. Whitfield",
            // "T.K. Osei") also where nothing does, unless they are an abbreviation or a firm's.
            var cue = k > 0 && ((TokenText.IsAnyAt(text, tokens, k - 1, PersonBeforeInitials) && TokenText.Gap(text, tokens[k - 1], tokens[k]) is " " or ": ")
                || ((tokens[k - 1].Flags & WordFlags.PersonTitle) != 0 && TokenText.Gap(text, tokens[k - 1], tokens[k]) is " " or ". "));
            if (!cue && (last == k || (k > 0 && IsCapitalisedWordBefore(text, tokens, k))))
            {
                continue;
            }

            if (last == k + 1 && IsAbbreviation(text[tokens[k].Start], text[tokens[last].Start]))
            {
                continue;
            }

            var family = last + 1;
            if (family >= tokens.Length || TokenText.Gap(text, tokens[last], tokens[family]) is not ". ")
            {
                continue;
            }

            var name = tokens[family];
            if ((name.Flags & WordFlags.Surname) == 0 || (name.Flags & NotAfterInitials) != 0 || name.Length < 2
                || (name.Shape & (TokenShape.Capitalized | TokenShape.HasDigit)) != TokenShape.Capitalized)
            {
                continue;
            }

            if (!cue && FirmsWithInitials.Contains(text[tokens[k].Start..name.End]))
            {
                continue;
            }

            context.Add(DataClasses.PersonName, tokens[k].Start, name.End, Scores.StrongPattern, Id);
            resume = family + 1;
        }
    }

    /// <summary>Two initials that are an abbreviation: "U.S.", "A.M.".</summary>
    private static bool IsAbbreviation(char first, char second)
    {
        foreach (var pair in AbbreviationInitials)
        {
            if (pair[0] == char.ToLowerInvariant(first) && pair[1] == char.ToLowerInvariant(second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="k"/> is an initial and the one before it an initial joined by "." or ". " ("A.J.", "A. J.").</summary>
    private static bool IsInitialBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].Length == 1 && (tokens[k].Shape & TokenShape.Capitalized) != 0
        && tokens[k - 1].Length == 1 && (tokens[k - 1].Shape & TokenShape.Capitalized) != 0
        && TokenText.Gap(text, tokens[k - 1], tokens[k]) is "." or ". "
        && tokens[k].End < text.Length && text[tokens[k].End] == '.';

    /// <summary>A capitalised word of two letters or more right before token <paramref name="k"/>, one space between ("Washington D. C.").</summary>
    private static bool IsCapitalisedWordBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k - 1].Length > 1 && (tokens[k - 1].Shape & TokenShape.Capitalized) != 0
        && TokenText.Gap(text, tokens[k - 1], tokens[k]) is " ";
}
