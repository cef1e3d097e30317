using System.Globalization;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Tests.Core;

/// <summary>
/// The tokenizer's definition, char by char and without tricks: what <see cref="Tokenizer"/> must
/// give on any text.
/// </summary>
internal static class ReferenceTokenizer
{
    private const WordFlags AnchorFlags = WordFlags.FirstName | WordFlags.PersonTitle | WordFlags.HealthTerm | WordFlags.UsState | WordFlags.BodyPart;

    public sealed record Result(List<Token> Tokens, int Digits, int[] DigitTokens, int[] WordAnchors);

    public static Result Tokenize(string text, WordLexicon lexicon)
    {
        var tokens = new List<Token>();
        var digitTokens = new List<int>();
        var anchors = new List<int>();
        var digits = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (Class(text[i]) == '0')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && Class(text[i]) != '0')
            {
                i++;
            }

            var word = text[start..i];
            var classes = word.Select(Class).ToArray();
            digits += classes.Count(c => c == 'd');
            var hasDigit = classes.Contains('d');
            var hasLetter = classes.Any(c => c is 'l' or 'u' or 'o');
            var shape = TokenShape.None;
            if (hasDigit)
            {
                shape |= TokenShape.HasDigit | (hasLetter ? 0 : TokenShape.AllDigits);
                digitTokens.Add(tokens.Count);
            }

            if (hasLetter)
            {
                shape |= TokenShape.HasLetter | (classes.Contains('u') && !classes.Contains('l') ? TokenShape.AllUpper : 0);
            }

            if (classes[0] == 'u')
            {
                shape |= TokenShape.Capitalized;
            }

            if (word.All(c => c < 0x80))
            {
                shape |= TokenShape.AsciiOnly;
            }

            var token = new Token { Start = start, Length = word.Length, Shape = shape, Entry = -1 };
            if (hasLetter && word.Length <= 32)
            {
                var entry = lexicon.Find(word, WordHash.Of(word), asciiWord: false);
                if (entry >= 0)
                {
                    token.Entry = entry;
                    token.Flags = lexicon.FlagsOf(entry);
                    token.Context = lexicon.ContextOf(entry);
                    if (token.Context != ContextKinds.None || (token.Flags & AnchorFlags) != 0)
                    {
                        anchors.Add(tokens.Count);
                    }
                }
            }

            tokens.Add(token);
        }

        return new Result(tokens, digits, [.. digitTokens], [.. anchors]);
    }

    /// <summary>d digit, l lower-case letter, u upper-case letter, o other letter or combining mark, 0 none.</summary>
    private static char Class(char c)
    {
        if (char.IsDigit(c))
        {
            return 'd';
        }

        if (char.IsLetter(c))
        {
            return char.IsUpper(c) ? 'u' : char.IsLower(c) ? 'l' : 'o';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? 'o' : '0';
    }
}
