using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// SWIFT/BIC codes: 4 letters (bank), 2 letters (a real country), 2 letters or digits (location)
/// and an optional 3-char branch. Many eight-letter words fit that shape ("BUSINESS", "ABSOLUTE"),
/// so without a "SWIFT"/"BIC" word only an upper-case code with a digit in its location or
/// branch, or the "XXX" head-office branch, is reported.
/// </summary>
internal sealed class SwiftBicRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.swift";

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.SwiftBic];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Length is not (8 or 11) || !token.Is(TokenShape.AsciiOnly | TokenShape.HasLetter))
            {
                continue;
            }

            var value = text.Slice(token.Start, token.Length);
            if (!HasBicShape(value))
            {
                continue;
            }

            // Lower-case eight-letter words ("customer") fit the shape: in lower case only a coded
            // location or branch counts, even after "swift".
            var upper = token.Is(TokenShape.AllUpper);
            var hasWord = (context.ContextAround(token.Start, token.End, 4, 2) & ContextKinds.Swift) != 0;
            if (hasWord && (upper || LooksCoded(value)))
            {
                context.Add(DataClasses.SwiftBic, token.Start, token.End, Scores.PatternWithContext, RecognizerId, null,
                    ContextKinds.Swift);
            }
            else if (upper && token.Entry < 0 && LooksCoded(value) && !IsShouting(context, i))
            {
                context.Add(DataClasses.SwiftBic, token.Start, token.End, Scores.Pattern, RecognizerId);
            }
        }
    }

    private static bool HasBicShape(ReadOnlySpan<char> value)
    {
        for (var k = 0; k < 6; k++)
        {
            if (!char.IsAsciiLetter(value[k]))
            {
                return false;
            }
        }

        // A lower-case code only counts when the whole code is one case ("deutdeff").
        var upper = char.IsAsciiLetterUpper(value[0]);
        foreach (var c in value)
        {
            if (char.IsAsciiLetter(c) && char.IsAsciiLetterUpper(c) != upper)
            {
                return false;
            }
        }

        return CountryCodes.IsKnown(value[4], value[5]);
    }

    /// <summary>A digit in the location or branch ("BOFAUS3N", "CHASUS33"), or the head-office branch "XXX".</summary>
    private static bool LooksCoded(ReadOnlySpan<char> value) =>
        value[6..].IndexOfAnyInRange('0', '9') >= 0
        || (value.Length == 11 && value[8..].Equals("XXX", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the neighbouring words are upper case too: the message is shouting, not quoting a code.</summary>
    private static bool IsShouting(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        var before = index > 0 && tokens[index - 1].Is(TokenShape.AllUpper) && tokens[index - 1].Length > 1;
        var after = index + 1 < tokens.Length && tokens[index + 1].Is(TokenShape.AllUpper) && tokens[index + 1].Length > 1;
        return before && after;
    }
}
