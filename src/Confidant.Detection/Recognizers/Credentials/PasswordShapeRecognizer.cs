using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Passwords that say what they are by their shape, with no word announcing them: one run of 8 to
/// 40 chars holding a lower-case and an upper-case letter, a digit and a symbol used as password
/// rules ask ("it keeps rejecting Marigold!1987", "I logged in with my usual one (Sunfl0wer!88)").
/// Such a value is as distinctive as an e-mail address and scored so: a name inside it ("c'est
/// Loulou!2012") yields to it.
/// What else mixes them is left (see <see cref="ShapeOf"/>): handles and hashtags, ids after '#',
/// hosts and versions after '@', code, markup, times, amounts. A value whose only symbol is a
/// final '!' ("Office365!") is scored below the default threshold unless a password word is near
/// or four digits end it ("Summer2024!"); a password word near raises every score.
/// </summary>
internal sealed class PasswordShapeRecognizer : IRecognizer
{
    private const int MinLength = 8;
    private const int MaxLength = 40;

    /// <summary>
    /// Symbols that password rules ask for; one of them must be in the value, not first. Not '+',
    /// '=', '/': base64 and key=value pairs of pasted logs and links hold them with letters and digits.
    /// </summary>
    private static readonly SearchValues<char> Symbols = SearchValues.Create("!@#$%^&*~?");

    /// <summary>The symbols a scan looks for: '?' never makes a value a password, so questions are passed over.</summary>
    private static readonly SearchValues<char> Starts = SearchValues.Create("!@#$%^&*~");

    public string Id => "credentials.password-shape";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Password];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount == 0)
        {
            return;
        }

        var text = context.Text;
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(Starts);
            if (found < 0)
            {
                return;
            }

            // The run of non-space chars around the symbol.
            var at = from + found;
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && at - start <= MaxLength)
            {
                start--;
            }

            var end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start <= MaxLength)
            {
                end++;
            }

            from = end + 1;
            if (end - start is < MinLength or > MaxLength || !text[start..end].ContainsAny(AsciiSets.Digits)
                || !SecretValue.TryRead(text[..end], start, out var valueStart, out var valueEnd))
            {
                continue;
            }

            // Brackets around the value ("(Sunflower_88!)") go too.
            if (valueEnd - valueStart > 2 && text[valueStart] is '(' or '[')
            {
                valueStart++;
                if (text[valueEnd - 1] is ')' or ']')
                {
                    valueEnd--;
                }
            }

            var shape = valueEnd - valueStart is >= MinLength and <= MaxLength ? ShapeOf(text[valueStart..valueEnd]) : Shape.None;
            if (shape != Shape.None)
            {
                // A '!' at the end is the only symbol of product names and cries too ("Office365!",
                // "Thx4Help!"): such a value needs a password word near.
                var kinds = context.ContextAround(valueStart, valueEnd, 6, 3) & ContextKinds.Password;
                var score = kinds != 0 ? Scores.PatternWithContext : shape == Shape.Strong ? Scores.StrongPattern : Scores.Weak;
                context.Add(DataClasses.Password, valueStart, valueEnd, score, Id, context: kinds);
                if (TryVariantAfter(text, valueStart, valueEnd, out var variantStart, out var variantEnd))
                {
                    context.Add(DataClasses.Password, variantStart, variantEnd, score, Id, context: kinds);
                    from = variantEnd + 1;
                }
            }
        }
    }

    /// <summary>
    /// Another guess at the same password right after it, written without rules' symbols: "maybe
    /// Lan@Hanoi90 or lanhanoi1990", "Loulou#2012 ou loulou2012". It must share four chars with the first.
    /// </summary>
    private static bool TryVariantAfter(ReadOnlySpan<char> text, int firstStart, int firstEnd, out int start, out int end)
    {
        start = end = 0;
        var p = firstEnd;
        while (p < text.Length && text[p] is ' ' or ',')
        {
            p++;
        }

        var rest = text[p..];
        var joiner = rest.StartsWith("or ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ou ", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("oder ", StringComparison.OrdinalIgnoreCase) ? 5
            : rest.StartsWith("o ", StringComparison.OrdinalIgnoreCase) ? 2
            : 0;
        if (joiner == 0 || !SecretValue.TryRead(text, p + joiner, out start, out end))
        {
            return false;
        }

        var value = text[start..end];
        return value.Length >= 6 && value.ContainsAny(AsciiSets.Digits) && SecretValue.SharesFourChars(value, text[firstStart..firstEnd]);
    }

    private enum Shape
    {
        None,

        /// <summary>Shaped like a password only by a '!' at its end.</summary>
        ExclamationOnly,
        Strong,
    }

    /// <summary>Chars no password typed into a chat holds: code, markup, lists, times, shell prompts, amounts.</summary>
    private static readonly SearchValues<char> Foreign = SearchValues.Create("/\\=()[]{}<>|\"'`,:;");

    /// <summary>
    /// Lower and upper case, a digit and a symbol used as password rules ask, and none of the shapes
    /// of other things that mix them: "Order#4471822", "Sarah#4821" and "Booking#KL7X9Q" (a number or
    /// an id after '#'), "admin@SRV01", "TypeScript@5" and "Mon@10am" (a host, a version or a time after
    /// '@'; '@' counts only for a letter, "P@ssw0rd"), "Dial*100#", "LDL~130mg", "Was$49.99", "Q&A2024".
    /// </summary>
    private static Shape ShapeOf(ReadOnlySpan<char> value)
    {
        if (Symbols.Contains(value[0]) || value.ContainsAny(Foreign) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || value[0] == '_' || value[^1] is '#' or '*' or '_' || HasDotBeforeLetter(value))
        {
            return Shape.None; // markup ("__Note2!__"), a file, a host or code ("AppLog_2024*.txt", "help.bank.com#Section2")
        }

        bool lower = false, upper = false, digit = false, inner = false, final = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            lower |= char.IsLower(c);
            upper |= char.IsUpper(c);
            digit |= char.IsAsciiDigit(c);
            if (!Symbols.Contains(c))
            {
                continue;
            }

            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            if (Symbols.Contains(next))
            {
                return Shape.None; // "isValid&&Step2", "Wow!!Great2", "Sale!#CyberMonday2024"
            }

            switch (c)
            {
                case '!' when i == value.Length - 1 && !EndsWithYear(value[..i]):
                    final = true; // "Office365!" (but "Summer2024!" is as good as an inner symbol)
                    break;
                case '!' when IsExcelCell(value[(i + 1)..]):
                case '$' when char.IsAsciiLetterUpper(next):
                    return Shape.None; // "Sheet1!A1", "Summary!$C$4"
                case '!' when char.IsUpper(next) && LowerCount(value.Slice(i + 2, Math.Min(2, value.Length - i - 2))) == 2:
                    // "FRITZ!Box7530", "Thx!Ref12345": a brand, or a sentence typed without its space
                    final = true;
                    break;
                case '@' when !IsLetterForAt(value, i):
                case '#' when LowerCount(value[(i + 1)..]) < 2:
                case '$' or '~' or '^' or '*' when char.IsAsciiDigit(next) && (c != '$' || IsAmount(value[(i + 1)..])):
                case '&' when i == 1 || (i + 2 == value.Length) || (i + 2 < value.Length && !char.IsLetterOrDigit(value[i + 2])):
                case '%' when i > 0 && char.IsAsciiDigit(value[i - 1]):
                case '?':
                    return Shape.None; // an id, a host, a version, a time, an amount, "Q&A", a percentage, a question
                default:
                    inner = true;
                    break;
            }
        }

        return !(lower && upper && digit) ? Shape.None : inner ? Shape.Strong : final ? Shape.ExclamationOnly : Shape.None;
    }

    /// <summary>Four digits or more at the end, after a letter: "Summer2024", "Rosebud1987".</summary>
    private static bool EndsWithYear(ReadOnlySpan<char> value)
    {
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[value.Length - 1 - digits]))
        {
            digits++;
        }

        return digits >= 4 && digits < value.Length && char.IsLetter(value[value.Length - 1 - digits]);
    }

    /// <summary>"A1", "AB12", or a column alone ("A"): a spreadsheet's cell.</summary>
    private static bool IsExcelCell(ReadOnlySpan<char> rest)
    {
        var letters = 0;
        while (letters < rest.Length && char.IsAsciiLetterUpper(rest[letters]))
        {
            letters++;
        }

        // "A1", "AB12", and a column alone ("Sheet1!A")
        return letters is >= 1 and <= 3 && !rest[letters..].ContainsAnyExcept(AsciiSets.Digits);
    }

    /// <summary>Digits after '$' that are an amount: with a decimal mark or a word glued after them ("$49.99", "$25Fee").</summary>
    private static bool IsAmount(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits < rest.Length && (rest[digits] is '.' or ',' || char.IsLetter(rest[digits]));
    }

    /// <summary>A dot before a lower-case letter: a file name, a host or a member access ("report.txt", "obj.prop").</summary>
    private static bool HasDotBeforeLetter(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOf('.'); i >= 0 && i + 1 < value.Length; i = value[(i + 1)..].IndexOf('.') is var n and >= 0 ? i + 1 + n : -1)
        {
            if (char.IsLower(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int LowerCount(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsLower(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// '@' standing for a letter: one to three letters before it (from the value's start or another
    /// symbol) and a lower-case letter after it ("P@ssw0rd", "Tr@mpoline42"); not "admin@SRV01".
    /// </summary>
    private static bool IsLetterForAt(ReadOnlySpan<char> value, int at)
    {
        var before = 0;
        for (var k = at - 1; k >= 0 && char.IsLetter(value[k]); k--)
        {
            before++;
        }

        var start = at - before;
        return before is >= 1 and <= 3 && (start == 0 || Symbols.Contains(value[start - 1]))
            && at + 1 < value.Length && char.IsLower(value[at + 1]);
    }
}
