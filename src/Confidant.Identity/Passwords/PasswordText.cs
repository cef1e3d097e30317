using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Confidant.Identity.Passwords;

/// <summary>How password text is prepared before it is measured, checked or hashed.</summary>
internal static class PasswordText
{
    /// <summary>
    /// NFKC-normalises a password (NIST SP 800-63B: full-width, ligature and other compatibility
    /// forms become the characters they stand for). False when the text is broken UTF-16.
    /// </summary>
    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? normalized) =>
        UnicodeNfkc.TryNormalize(text, out normalized);

    /// <summary>Unicode code points in valid UTF-16 text: a surrogate pair counts once.</summary>
    public static int CountCodePoints(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>The message of the exception thrown for a secret that is not valid UTF-16; it never includes the secret.</summary>
    public static string BrokenUnicodeMessage(string what) =>
        $"The {what} contains broken Unicode (a lone surrogate, half of a character pair), so it cannot be hashed or checked. "
        + "This usually means the text was cut in the middle of a character or decoded with the wrong encoding.";

    /// <summary>UTF-8 bytes of normalised text; the caller clears them after use.</summary>
    public static byte[] ToUtf8(string normalized) => Encoding.UTF8.GetBytes(normalized);
}
