using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// Spanish DNI ("12345678Z") and NIE ("X1234567L") numbers, with their mod-23 check letter,
/// reported as the class ES_DNI. The check letter only rules out 22 of 23 random values, so the
/// shape alone scores as a strong pattern.
/// </summary>
internal sealed class SpanishDniRecognizer() : NationalIdRecognizer("government.es-dni", DataClasses.EsDni,
    ContextKinds.Identity | ContextKinds.TaxId, 7, "es-dni", [1, 2, 8, 9])
{
    protected override bool TryMatch(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        var tokens = context.Tokens;
        var text = context.Text;
        var first = tokens[index];
        if (first.Length == 2)
        {
            return TryDotted(context, index, out match);
        }

        if (first.Length is not (1 or 8 or 9))
        {
            return false;
        }

        // Chars 2-8 must be digits: in this token, or (after a one-char X/Y/Z or digit) in the next
        // one. Checked on the shapes first, as one-letter words ("I", "a") are everywhere in chat.
        var digitsFrom = first.Length == 1 ? index + 1 : index;
        if (digitsFrom >= tokens.Length || (tokens[digitsFrom].Shape & TokenShape.HasDigit) == 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[9];
        var n = JoinedTokens.Collect(text, tokens, index, 3, chars, out var last, out var upper, out var separator);
        if (n != 9 || !SpanishDniValidator.IsValidCompact(chars))
        {
            return false;
        }

        var end = tokens[last].End;
        if (!DigitGroups.IsIsolated(text, first.Start, end, separator))
        {
            return false;
        }

        match = new IdMatch(first.Start, end, last + 1, upper ? Scores.StrongPattern : Scores.Weak, Scores.ValidatedWithContext);
        return true;
    }

    /// <summary>
    /// A DNI written with the dots of a Spanish number, as on forms and letters: "57.099.542-H",
    /// "57.099.542 H", "57.099.542H".
    /// </summary>
    private static bool TryDotted(ScanContext context, int index, out IdMatch match)
    {
        match = default;
        var tokens = context.Tokens;
        var text = context.Text;
        if (index + 2 >= tokens.Length || !tokens[index].Is(TokenShape.AllDigits) || !IsDotted(text, tokens[index], tokens[index + 1])
            || !IsDotted(text, tokens[index + 1], tokens[index + 2]))
        {
            return false;
        }

        // The last group holds the letter ("542H") or the letter is the next token, after '-' or ' '.
        var third = tokens[index + 2];
        var last = index + 2;
        char letter;
        if (third.Length == 4 && char.IsAsciiLetter(text[third.Start + 3]))
        {
            letter = text[third.Start + 3];
        }
        else if (third.Length == 3 && third.Is(TokenShape.AllDigits) && last + 1 < tokens.Length && tokens[last + 1].Length == 1
            && tokens[last + 1].Start - third.End == 1 && text[third.End] is '-' or ' ' && char.IsAsciiLetter(text[tokens[last + 1].Start]))
        {
            last++;
            letter = text[tokens[last].Start];
        }
        else
        {
            return false;
        }

        Span<char> chars = stackalloc char[9];
        text.Slice(tokens[index].Start, 2).CopyTo(chars);
        text.Slice(tokens[index + 1].Start, 3).CopyTo(chars[2..]);
        text.Slice(third.Start, 3).CopyTo(chars[5..]);
        chars[8] = char.ToUpperInvariant(letter);
        var end = tokens[last].End;
        if (!SpanishDniValidator.IsValidCompact(chars) || !DigitGroups.IsIsolated(text, tokens[index].Start, end, '.'))
        {
            return false;
        }

        match = new IdMatch(tokens[index].Start, end, last + 1, char.IsAsciiLetterUpper(letter) ? Scores.StrongPattern : Scores.Weak,
            Scores.ValidatedWithContext);
        return true;
    }

    /// <summary>True when <paramref name="next"/> follows <paramref name="group"/> after one '.' and starts with three digits.</summary>
    private static bool IsDotted(ReadOnlySpan<char> text, in Token group, in Token next) =>
        next.Start - group.End == 1 && text[group.End] == '.' && next.Length >= 3
        && !text.Slice(next.Start, 3).ContainsAnyExceptInRange('0', '9');
}
