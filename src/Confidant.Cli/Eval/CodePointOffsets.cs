namespace Confidant.Cli.Eval;

/// <summary>
/// Converts code-point offsets (Python's string indexes, used by Presidio) to UTF-16 offsets (.NET's).
/// They differ after every char outside the Basic Multilingual Plane (emoji), which takes two UTF-16 units.
/// </summary>
internal sealed class CodePointOffsets
{
    private readonly int[]? _utf16ByCodePoint;
    private readonly int _length;

    /// <summary>Prepares the conversion for <paramref name="text"/>.</summary>
    public CodePointOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _length = text.Length;
        var hasPairs = false;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                hasPairs = true;
                break;
            }
        }

        if (!hasPairs)
        {
            return; // the common case: both offsets are the same
        }

        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        _utf16ByCodePoint = [.. map];
    }

    /// <summary>The UTF-16 offset of code point <paramref name="codePointOffset"/>, clamped into the text.</summary>
    public int ToUtf16(int codePointOffset)
    {
        if (codePointOffset <= 0)
        {
            return 0;
        }

        if (_utf16ByCodePoint is null)
        {
            return Math.Min(codePointOffset, _length);
        }

        return _utf16ByCodePoint[Math.Min(codePointOffset, _utf16ByCodePoint.Length - 1)];
    }
}
