using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names written with initials and a known family name, wherever they stand: "the booking is under
/// A. J. Whitfield", "addressed to T.K. Osei", "who is M. Okeke on my statement?". Not "U.S. Bank",
/// "J. Crew" or "Washington D. C.": the word after the initials must be a family name the
/// dictionary knows and no everyday word, and the initials must not follow a capitalised word.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Most initials before a family name ("J. R. R. Tolkien").</summary>
    private const int MaxInitials = 3;

    /// <summary>What a family name after initials must not also be.</summary>
    private const WordFlags NotAfterInitials = Unsure | WordFlags.PersonTitle;

    private void WithInitials(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0;
        foreach (var k in context.Initials)
        {
            if (k < resume || (k > 0 && (IsInitialBefore(text, tokens, k) || IsCapitalisedWordBefore(text, tokens, k))))
            {
                continue; // read from the first initial; "Washington D. C."
            }

            var last = k;
            while (last + 1 < tokens.Length && last - k + 1 < MaxInitials && IsInitialBefore(text, tokens, last + 1))
            {
                last++;
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

            context.Add(DataClasses.PersonName, tokens[k].Start, name.End, Scores.StrongPattern, Id);
            resume = family + 1;
        }
    }

    /// <summary>Token <paramref name="k"/> is an initial and the one before it an initial joined by "." or ". " ("A.J.", "A. J.").</summary>
    private static bool IsInitialBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].Length == 1 && (tokens[k].Shape & TokenShape.Capitalized) != 0
        && tokens[k - 1].Length == 1 && (tokens[k - 1].Shape & TokenShape.Capitalized) != 0
        && TokenText.Gap(text, tokens[k - 1], tokens[k]) is "." or ". "
        && tokens[k].End < text.Length && text[tokens[k].End] == '.';

    /// <summary>A capitalised word of two letters or more right before token <paramref name="k"/>, one space between.</summary>
    private static bool IsCapitalisedWordBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k - 1].Length > 1 && (tokens[k - 1].Shape & TokenShape.Capitalized) != 0
        && TokenText.Gap(text, tokens[k - 1], tokens[k]) is " ";
}
