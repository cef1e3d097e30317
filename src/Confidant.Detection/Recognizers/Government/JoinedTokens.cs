using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>Reads an id written as whole tokens joined by one space or one '-' ("QQ 12 34 56 C").</summary>
internal static class JoinedTokens
{
    /// <summary>
    /// Copies, upper-cased, the chars of the tokens from <paramref name="index"/> on into
    /// <paramref name="chars"/>, while tokens are joined by the same single separator, at most
    /// <paramref name="maxTokens"/> tokens and never splitting a token. Returns how many chars were
    /// copied; <paramref name="last"/> is the last token taken, <paramref name="upper"/> whether no
    /// letter was lower case and <paramref name="separator"/> the separator ('\0' for one token).
    /// </summary>
    public static int Collect(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int maxTokens, Span<char> chars,
        out int last, out bool upper, out char separator)
    {
        var n = 0;
        upper = true;
        last = index;
        separator = '\0';
        for (var i = index; i < tokens.Length && i - index < maxTokens; i++)
        {
            var token = tokens[i];
            if (i > index)
            {
                var sep = text[token.Start - 1];
                if (token.Start - tokens[i - 1].End != 1 || sep is not (' ' or '-') || (separator != '\0' && sep != separator))
                {
                    break;
                }

                separator = sep;
            }

            if (n + token.Length > chars.Length)
            {
                break;
            }

            foreach (var c in text.Slice(token.Start, token.Length))
            {
                upper &= !char.IsAsciiLetterLower(c);
                chars[n++] = char.ToUpperInvariant(c);
            }

            last = i;
            if (n == chars.Length)
            {
                break;
            }
        }

        return n;
    }
}
