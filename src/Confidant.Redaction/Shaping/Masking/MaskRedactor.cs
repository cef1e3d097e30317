using System.Buffers;
using System.Text;
using Microsoft.Extensions.Compliance.Redaction;

namespace Confidant.Redaction.Shaping.Masking;

/// <summary>
/// Masks a value in place (same length, separators kept) through the Redactor span API, so the same
/// masks can serve log redaction. A card never shows more than its first six and last four digits.
/// Every Unicode decimal digit counts as a digit, whatever its script (see <see cref="Read"/>).
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
        var digits = Count(source, digitsOnly: true);
        var lead = firstSix && digits - 10 >= MinimumHiddenCardDigits ? 6 : 0;
        var tail = digits - lead - 4 >= MinimumHiddenCardDigits ? 4 : 0;
        var seen = 0;
        for (var i = 0; i < source.Length;)
        {
            var length = Read(source, i, out var kind);
            var show = kind == UnitKind.Digit && (seen < lead || seen >= digits - tail);
            seen += kind == UnitKind.Digit ? 1 : 0;
            Write(source, destination, i, length, kind == UnitKind.Other || show);
            i += length;
        }
    }

    private static void MaskAllButLast(ReadOnlySpan<char> source, Span<char> destination, int keep)
    {
        var alphanumerics = Count(source, digitsOnly: false);
        var seen = 0;
        for (var i = 0; i < source.Length;)
        {
            var length = Read(source, i, out var kind);
            var show = kind == UnitKind.Other || seen >= alphanumerics - keep;
            seen += kind == UnitKind.Other ? 0 : 1;
            Write(source, destination, i, length, show);
            i += length;
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

        // The first character of the local part shows, then only its separators; the domain shows.
        for (var i = 0; i < at;)
        {
            var length = Read(source, i, out var kind);
            Write(source, destination, i, length, i == 0 || kind == UnitKind.Other);
            i += length;
        }

        source[at..].CopyTo(destination[at..]);
    }

    private static void MaskInitials(ReadOnlySpan<char> source, Span<char> destination)
    {
        var wordStart = true;
        for (var i = 0; i < source.Length;)
        {
            var length = Read(source, i, out var kind);
            Write(source, destination, i, length, kind == UnitKind.Other || wordStart);
            wordStart = kind == UnitKind.Other;
            i += length;
        }
    }

    private static int CountAlphanumerics(ReadOnlySpan<char> source) => Count(source, digitsOnly: false);

    private static int Count(ReadOnlySpan<char> source, bool digitsOnly)
    {
        var n = 0;
        for (var i = 0; i < source.Length;)
        {
            i += Read(source, i, out var kind);
            n += kind == UnitKind.Digit || (!digitsOnly && kind == UnitKind.Alphanumeric) ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// Reads the character (one char, or a surrogate pair) at <paramref name="index"/>. Detection folds
    /// every Unicode decimal digit (full-width, Arabic-Indic, mathematical...) to ASCII before matching,
    /// so every one of them counts as a digit here; other letters and numbers are hidden too. Format
    /// characters (zero-width space, joiners), separators and marks are neither, and stay as they are.
    /// </summary>
    private static int Read(ReadOnlySpan<char> source, int index, out UnitKind kind)
    {
        if (Rune.DecodeFromUtf16(source[index..], out var rune, out var length) != OperationStatus.Done)
        {
            // A lone surrogate encodes nothing readable: hide it rather than reason about it.
            kind = UnitKind.Alphanumeric;
            return 1;
        }

        kind = Rune.IsDigit(rune) ? UnitKind.Digit
            : Rune.IsLetter(rune) || Rune.IsNumber(rune) ? UnitKind.Alphanumeric
            : UnitKind.Other;
        return length;
    }

    private static void Write(ReadOnlySpan<char> source, Span<char> destination, int index, int length, bool show)
    {
        if (show)
        {
            source.Slice(index, length).CopyTo(destination[index..]);
        }
        else
        {
            destination.Slice(index, length).Fill(MaskChar);
        }
    }

    private enum UnitKind
    {
        Other,
        Digit,
        Alphanumeric,
    }
}
