namespace Confidant.Cli.Scan;

/// <summary>Makes input text well-formed UTF-16 without changing its length, so offsets stay valid.</summary>
internal static class TextSanitizer
{
    /// <summary>
    /// Replaces unpaired surrogates (possible from a JSON "\ud800" escape) with U+FFFD: the JSON
    /// writer refuses them, and they are not text anyway. Invalid UTF-8 bytes are already
    /// replaced by the decoder.
    /// </summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }
}
