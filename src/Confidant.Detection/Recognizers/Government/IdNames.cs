using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>
/// The words that name one country's id, looked for in the text next to a match instead of in
/// the lexicon: names that only one recognizer needs ("Aadhaar"), names of two words that mean
/// little alone ("social insurance", "codice fiscale"), and acronyms that are ordinary words in
/// another language, which count only in capitals and not in a shouted sentence ("sin" is Spanish
/// for "without", "nas" Portuguese for "in the"; "ENVÍO SIN COSTO" names nothing), unless they
/// stand right before the value with at most "is" or "number" between ("my sin is 130692544").
/// </summary>
/// <remarks>
/// A name announces the value only when nothing else does: from the value outwards, up to ten
/// tokens before it (then up to five after it), within <see cref="ScanContext.MaxContextDistance"/>
/// chars and not across a field separator, the first word that is either a name or a context word
/// of another kind decides. So "Aadhaar linked bank account number 258621899349" is an account
/// number, "case number 236749958 regarding my NAS" a case number, and "SSN 130692544, not a SIN"
/// an SSN. "number", "no", "id" and words about people ("it", "my husband") decide nothing.
/// </remarks>
internal sealed class IdNames
{
    private const int TokensBefore = 10;
    private const int TokensAfter = 5;

    /// <summary>Context kinds that say nothing about which id a number is ("number", "id"; "it", "my husband", "age").</summary>
    private const ContextKinds Neutral = ContextKinds.Number | ContextKinds.Identity | ContextKinds.Name | ContextKinds.Age | ContextKinds.Medical;

    /// <summary>Words that may stand between a name and its value for a name in lower case to count ("my sin is 130692544").</summary>
    private static readonly string[] Links = ["is", "was", "es", "est", "ist", "le", "el"];

    private readonly Name[] _names;

    /// <param name="anyCase">Names of one or two words (one space between them), in any case.</param>
    /// <param name="capitals">One-word names that count only in capitals.</param>
    public IdNames(string[] anyCase, string[] capitals)
    {
        _names =
        [
            .. anyCase.Select(n => new Name(n, ignoreCase: true)),
            .. capitals.Select(n => new Name(n, ignoreCase: false)),
        ];
    }

    /// <summary>
    /// The name that announces the value from <paramref name="start"/> to <paramref name="end"/>,
    /// in a new array as an explanation lists it; null when none does.
    /// </summary>
    public string[]? Near(ScanContext context, int start, int end)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var first = context.TokenIndexAt(start);
        var gapEnd = start;
        var linked = true; // only link words and number words so far: the name right before announces the value
        for (var i = first - 1; i >= 0 && i >= first - TokensBefore; i--)
        {
            if (tokens[i].Start < start - ScanContext.MaxContextDistance || context.SeparatesFields(tokens[i].End, gapEnd))
            {
                break;
            }

            if (NameAt(text, tokens, i, endingThere: true, anyCase: linked) is { } name)
            {
                return [name];
            }

            linked &= (tokens[i].Context & ContextKinds.Number) != ContextKinds.None
                || Personal.TokenText.IsAny(text, tokens[i], Links);

            if ((tokens[i].Context & ~Neutral) != ContextKinds.None)
            {
                return null;
            }

            gapEnd = tokens[i].Start;
        }

        var after = context.TokenIndexAt(end);
        if (after < tokens.Length && tokens[after].Start < end)
        {
            after++;
        }

        var gapStart = end;
        for (var i = after; i < tokens.Length && i < after + TokensAfter; i++)
        {
            if (tokens[i].End > end + ScanContext.MaxContextDistance || context.SeparatesFields(gapStart, tokens[i].Start))
            {
                break;
            }

            if (NameAt(text, tokens, i, endingThere: false, anyCase: false) is { } name)
            {
                return [name];
            }

            if ((tokens[i].Context & ~Neutral) != ContextKinds.None)
            {
                return null;
            }

            gapStart = tokens[i].End;
        }

        return null;
    }

    /// <summary>
    /// The name (as explanations list it) that ends at token <paramref name="index"/>, or with
    /// <paramref name="endingThere"/> false starts there. With <paramref name="anyCase"/> a name
    /// that counts in capitals counts in any case, as when it stands right before the value.
    /// </summary>
    private string? NameAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, bool endingThere, bool anyCase)
    {
        foreach (var name in _names)
        {
            if (name.First is null)
            {
                if (name.Comparison == StringComparison.OrdinalIgnoreCase
                    ? Is(text, tokens[index], name.Last, name.Comparison)
                    : anyCase ? Is(text, tokens[index], name.Last, StringComparison.OrdinalIgnoreCase)
                    : Is(text, tokens[index], name.Last, name.Comparison) && !Shouted(tokens, index))
                {
                    return name.Explanation;
                }

                continue;
            }

            // A name of two words: the other word must be the next token over, with one space, '-' or '.' between.
            var (a, b) = endingThere ? (index - 1, index) : (index, index + 1);
            if (a >= 0 && b < tokens.Length && tokens[b].Start - tokens[a].End == 1 && text[tokens[a].End] is ' ' or '-' or '.'
                && Is(text, tokens[a], name.First, name.Comparison) && Is(text, tokens[b], name.Last, name.Comparison))
            {
                return name.Explanation;
            }
        }

        return null;
    }

    private static bool Is(ReadOnlySpan<char> text, in Token token, string word, StringComparison comparison) =>
        text.Slice(token.Start, token.Length).Equals(word, comparison);

    /// <summary>True when a word next to token <paramref name="index"/> is in capitals too: a capital acronym there says nothing.</summary>
    private static bool Shouted(ReadOnlySpan<Token> tokens, int index) =>
        IsCapitalWord(tokens, index - 1, tokens[index]) || IsCapitalWord(tokens, index + 1, tokens[index]);

    /// <summary>True when token <paramref name="i"/> is a word of two or more capitals close to <paramref name="name"/>.</summary>
    private static bool IsCapitalWord(ReadOnlySpan<Token> tokens, int i, in Token name) =>
        i >= 0 && i < tokens.Length && tokens[i].Length > 1 && tokens[i].Is(TokenShape.AllUpper) && !tokens[i].Is(TokenShape.HasDigit)
        && Math.Abs(tokens[i].Start - name.Start) <= 24;

    private sealed class Name
    {
        public Name(string name, bool ignoreCase)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            First = space < 0 ? null : name[..space];
            Last = space < 0 ? name : name[(space + 1)..];
            Comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Explanation = ignoreCase ? name.ToLowerInvariant() : name;
        }

        /// <summary>The first word of a two-word name; null for one word.</summary>
        public string? First { get; }

        public string Last { get; }

        public StringComparison Comparison { get; }

        /// <summary>The name as explanations list it.</summary>
        public string Explanation { get; }
    }
}
