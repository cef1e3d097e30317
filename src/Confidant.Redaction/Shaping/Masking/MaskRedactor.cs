using Microsoft.Extensions.Compliance.Redaction;

namespace Confidant.Redaction.Shaping.Masking;

/// <summary>
/// Masks a value in place (same length, separators kept) through the Redactor span API, so the same
/// masks can serve log redaction. A card never shows more than its first six and last four digits.
/// </summary>
internal sealed class MaskRedactor(MaskStyle style) : Redactor
{
    public const char MaskChar = '*';

    // A card number shows its first six only when at least this many digits stay hidden.
    private const int MinimumHiddenCardDigits = 3;

    public MaskStyle Style { get; } = style;

    public override int GetRedactedLength(ReadOnlySpan<char> input) => input.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        switch (Style)
        {
            case MaskStyle.CardLastFour:
            case MaskStyle.CardFirstSixLastFour:
                MaskCard(source, destination, Style == MaskStyle.CardFirstSixLastFour);
                break;
            case MaskStyle.LastFour:
                MaskAllButLast(source, destination, CountAlphanumerics(source) >= 8 ? 4 : 0);
                break;
            case MaskStyle.Email:
                MaskEmail(source, destination);
                break;
            case MaskStyle.Initials:
                MaskInitials(source, destination);
                break;
            default:
                MaskAllButLast(source, destination, 0);
                break;
        }

        return source.Length;
    }

    private static void MaskCard(ReadOnlySpan<char> source, Span<char> destination, bool firstSix)
    {
        var digits = 0;
        foreach (var c in source)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        var lead = firstSix && digits - 10 >= MinimumHiddenCardDigits ? 6 : 0;
        var tail = digits - lead - 4 >= MinimumHiddenCardDigits ? 4 : 0;
        var seen = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsAsciiDigit(c))
            {
                destination[i] = seen < lead || seen >= digits - tail ? c : MaskChar;
                seen++;
            }
            else
            {
                destination[i] = char.IsLetter(c) ? MaskChar : c;
            }
        }
    }

    private static void MaskAllButLast(ReadOnlySpan<char> source, Span<char> destination, int keep)
    {
        var alphanumerics = CountAlphanumerics(source);
        var seen = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                destination[i] = seen >= alphanumerics - keep ? c : MaskChar;
                seen++;
            }
            else
            {
                destination[i] = c;
            }
        }
    }

    private static void MaskEmail(ReadOnlySpan<char> source, Span<char> destination)
    {
        var at = source.LastIndexOf('@');
        if (at <= 0)
        {
            MaskAllButLast(source, destination, 0);
            return;
        }

        destination[0] = source[0];
        for (var i = 1; i < at; i++)
        {
            destination[i] = char.IsLetterOrDigit(source[i]) ? MaskChar : source[i];
        }

        source[at..].CopyTo(destination[at..]);
    }

    private static void MaskInitials(ReadOnlySpan<char> source, Span<char> destination)
    {
        var wordStart = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                destination[i] = wordStart ? c : MaskChar;
                wordStart = false;
            }
            else
            {
                destination[i] = c;
                wordStart = true;
            }
        }
    }

    private static int CountAlphanumerics(ReadOnlySpan<char> source)
    {
        var n = 0;
        foreach (var c in source)
        {
            n += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return n;
    }
}
