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
    /// <summary>Accented Latin letters and the base letter each decomposes to, written out by base letter.</summary>
    internal static readonly Dictionary<char, char> AccentedLetters = new[]
    {
        ('a', "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ"), ('c', "ÇçĆćĈĉĊċČč"), ('d', "Ďď"), ('e', "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
        ('g', "ĜĝĞğĠġĢģ"), ('h', "Ĥĥ"), ('i', "ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐ"), ('j', "Ĵĵ"), ('k', "Ķķ"), ('l', "ĹĺĻļĽľ"),
        ('n', "ÑñŃńŅņŇň"), ('o', "ÒÓÔÕÖòóôõöŌōŎŏŐőǑǒ"), ('r', "ŔŕŖŗŘř"), ('s', "ŚśŜŝŞşŠšȘș"), ('t', "ŢţŤťȚț"),
        ('u', "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜ"), ('w', "Ŵŵ"), ('y', "ÝýÿŶŷŸ"), ('z', "ŹźŻżŽž"),
    }.SelectMany(g => g.Item2.Select(c => (c, g.Item1))).ToDictionary(p => p.c, p => p.Item2);

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
                if (entry < 0 && word.Any(AccentedLetters.ContainsKey))
                {
                    // Accented Latin letters are looked up again as the ASCII letter they decompose to.
                    var folded = string.Concat(word.Select(c => AccentedLetters.TryGetValue(c, out var b) ? b : char.ToLowerInvariant(c)));
                    entry = lexicon.Find(folded, WordHash.Of(folded), asciiWord: false);
                    var flags = entry >= 0 ? lexicon.FlagsOf(entry) : WordFlags.None;
                    if (entry >= 0 && (!(flags.HasFlag(WordFlags.FirstName) || flags.HasFlag(WordFlags.Surname) || flags.HasFlag(WordFlags.HealthTerm))
                        || flags.HasFlag(WordFlags.StopWord) || lexicon.ContextOf(entry) != ContextKinds.None))
                    {
                        entry = -1; // only names and health terms are found without their accents
                    }
                }

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
