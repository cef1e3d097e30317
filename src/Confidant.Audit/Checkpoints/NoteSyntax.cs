using System.Globalization;
using System.Text;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// The small pieces of syntax that signed notes, checkpoints and keys share. Every decoder is
/// strict, so that a note has exactly one encoding: what we accept is what we would write, and a
/// changed byte cannot leave the meaning unchanged.
/// </summary>
internal static class NoteSyntax
{
    /// <summary>U+2014 EM DASH followed by a space: how every signature line starts.</summary>
    public const string SignaturePrefix = "\u2014 ";

    /// <summary>Signature type byte of Ed25519 keys (C2SP signed-note).</summary>
    public const byte Ed25519Type = 0x01;

    /// <summary>UTF-8 that throws on invalid bytes (and on lone surrogates when encoding) and writes no BOM.</summary>
    public static UTF8Encoding StrictUtf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// True when <paramref name="name"/> can be a key name: non-empty, with no Unicode space and
    /// no plus sign (the plus separates the parts of a key string). Control characters are
    /// refused too, since a note may not hold them.
    /// </summary>
    public static bool IsValidKeyName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value == '+' || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Decodes standard padded base64 and accepts it only if encoding the result gives the same
    /// text back: no whitespace, no missing padding, no non-zero unused bits.
    /// </summary>
    public static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return false;
        }

        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }

        var decoded = buffer.AsSpan(0, written).ToArray();
        if (!string.Equals(Convert.ToBase64String(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }

    /// <summary>
    /// Parses a tree size: ASCII digits with no sign, no leading zero (except "0" itself), no
    /// spaces, at most <see cref="long.MaxValue"/>.
    /// </summary>
    public static bool TryParseCanonicalSize(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The index of the first ASCII control character other than newline, or -1.</summary>
    public static int IndexOfControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x20 && text[i] != '\n')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The 1-based line number of character <paramref name="index"/>, for messages.</summary>
    public static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
