namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>
/// Reads the whitespace-delimited value that follows an announcement on the raw text, since
/// passwords hold symbols the tokenizer splits on. Trimming rule: surrounding quotes go; one
/// trailing '.', ',', ';', ':' or '?' goes (at the end of a value it ends the sentence far more
/// often than it belongs to the secret); '!' and everything inside the value stay ("hunter2!").
/// </summary>
internal static class SecretValue
{
    /// <summary>Longest value taken as a password; longer runs are pasted text, not a secret.</summary>
    public const int MaxLength = 128;

    public static bool TryRead(ReadOnlySpan<char> text, int position, out int start, out int end)
    {
        start = position;
        end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start <= MaxLength)
        {
            end++;
        }

        if (end - start > MaxLength || end == start)
        {
            return false;
        }

        var quoted = IsQuote(text[start]);
        if (quoted)
        {
            start++;
        }

        for (var pass = 0; pass < 2 && end > start; pass++)
        {
            var last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '?' || (last == ')' && text[start..end].IndexOf('(') < 0))
            {
                end--;
            }
            else if (quoted && IsQuote(last))
            {
                end--;
                quoted = false;
            }
        }

        return end > start;
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    /// <summary>True when the two values share four chars in a row, ignoring case: "Rover2015" and "Rover2016!".</summary>
    public static bool SharesFourChars(ReadOnlySpan<char> value, ReadOnlySpan<char> other)
    {
        for (var i = 0; i + 4 <= value.Length; i++)
        {
            if (other.Contains(value.Slice(i, 4), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
