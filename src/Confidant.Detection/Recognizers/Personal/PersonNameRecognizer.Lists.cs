using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// People listed with a person already found: "Names on the booking: Adaeze Nwosu, Tobenna Nwosu
/// and Chidinma Eze", "Mikael Virtanen (age 38) and Leena Virtanen (age 36)", "Björn and Ingrid
/// Solberg". A list read so names only what a name found on its own already says is a person.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>
    /// Reads on from each name found (and back from it) over a list joiner to the next item: a
    /// capitalised name whose first word is a known first name or whose last word is the found
    /// name's family name. Names added so are read on from in turn.
    /// </summary>
    private void ListedWithNames(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (var c = firstCandidate; c < context.CandidateCount && c < firstCandidate + MaxNamesToSeekAgain; c++)
        {
            var found = context.Candidates[c];
            if (found.Score < Scores.StrongPattern || found.Class != DataClasses.PersonName || found.RecognizerId != Id)
            {
                continue;
            }

            var first = context.TokenIndexAt(found.Start);
            var last = context.TokenIndexAt(found.End - 1);
            var next = NextListItem(text, tokens, last);
            if (next >= 0 && !Covered(context, firstCandidate, tokens[next].Start))
            {
                var end = ReadName(text, tokens, next, lowerKnown: false, out _);
                if (IsListedName(text, tokens, next, end, last) && EndsListItem(text, tokens, end))
                {
                    context.Add(DataClasses.PersonName, tokens[next].Start, tokens[end].End, Scores.StrongPattern, Id);
                }
            }

            var lone = last > first ? LoneFirstNameBefore(text, tokens, first) : -1;
            if (lone >= 0 && !Covered(context, firstCandidate, tokens[lone].Start))
            {
                context.Add(DataClasses.PersonName, tokens[lone].Start, tokens[lone].End, Scores.StrongPattern, Id);
            }
        }
    }

    /// <summary>
    /// "Anna and Ingrid Solberg", "Ewa & Tomasz Wiśniewski": before the full name starting at
    /// <paramref name="first"/>, a lone capitalised first name that is no word, then a joiner or
    /// " & "; not after an article ("the Rose and Sarah Jones") nor the end of another capitalised
    /// phrase. The lone name's token, or -1.
    /// </summary>
    private static int LoneFirstNameBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        var name = first >= 2 && TokenText.IsAny(text, tokens[first - 1], ListJoins)
            && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[first - 2], tokens[first - 1])) ? first - 2
            : first >= 1 && TokenText.Gap(text, tokens[first - 1], tokens[first]) is " & " ? first - 1
            : -1;
        return name >= 0
            && IsCapitalisedFirstName(tokens[name]) && (tokens[name].Flags & WordFlags.AmbiguousName) == 0
            && !TokenText.IsAnyAt(text, tokens, name - 1, ["the", "a", "an", "our", "my", "your", "this", "that"])
            && (name == 0 || !IsCapitalisedWord(tokens[name - 1]) || !TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[name - 1], tokens[name])))
            ? name : -1;
    }

    /// <summary>
    /// The token that starts the next item after a name ending at <paramref name="last"/>: after
    /// ", " or a joiner ("and", "y", "et", "und"), past an age in parentheses ("(45)", "(age 38)"); -1
    /// when none.
    /// </summary>
    private static int NextListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        var end = tokens[last].End;
        if (k < tokens.Length && text[end..tokens[k].Start].Trim(' ') is "(")
        {
            // "(45)", "(age 38)": at most two tokens, then ")".
            var close = k;
            while (close < tokens.Length && close - k < 2 && !text[tokens[close].End..].TrimStart(' ').StartsWith(")"))
            {
                close++;
            }

            if (close >= tokens.Length || close - k >= 2)
            {
                return -1;
            }

            end = tokens[close].End + text[tokens[close].End..].IndexOf(')') + 1;
            k = close + 1;
        }

        if (k >= tokens.Length)
        {
            return -1;
        }

        var gap = text[end..tokens[k].Start].Trim(' ');
        if (gap is "," && !TokenText.IsAny(text, tokens[k], ListJoins))
        {
            return k;
        }

        if ((gap.IsEmpty || gap is ",") && TokenText.IsAny(text, tokens[k], ListJoins) && k + 1 < tokens.Length
            && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k], tokens[k + 1])))
        {
            return k + 1;
        }

        return -1;
    }

    /// <summary>
    /// Tokens <paramref name="j"/> to <paramref name="end"/> are a listed person: capitalised, and
    /// the first word a known first name or the last word the family name of the name before
    /// ("Tobenna Nwosu" after "Adaeze Nwosu").
    /// </summary>
    private static bool IsListedName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int end, int previousLast)
    {
        if (!IsCapitalisedWord(tokens[j]) || (tokens[j].Flags & (NotName | WordFlags.StopWord)) != 0
            || NamesNoOne(text, tokens, j, end, Evidence.Medium, end - j + 1))
        {
            return false;
        }

        var sameFamily = end > j && text.Slice(tokens[end].Start, tokens[end].Length)
            .Equals(text.Slice(tokens[previousLast].Start, tokens[previousLast].Length), StringComparison.OrdinalIgnoreCase);
        return sameFamily || (IsCapitalisedFirstName(tokens[j]) && (end > j || (tokens[j].Flags & WordFlags.AmbiguousName) == 0));
    }

    /// <summary>Words after a listed person that go on about the people: "… and Marco need separate invoices".</summary>
    private static readonly string[] ListFollowers =
        ["need", "needs", "are", "is", "want", "wants", "both", "will", "have", "has", "were", "was", "said", "can", "would", "should", "too", "as", "who"];

    /// <summary>
    /// The item ending at <paramref name="end"/> ends there: the text ends, a mark or a joiner
    /// follows, or a verb about the people ("… Chidinma Eze", "… Tobenna Nwosu and", "… Marco need");
    /// not a noun that makes it a shop, a brand or a place ("Charlotte Tilbury counter", "Dow Jones
    /// subscription", "Victoria and Albert Museum").
    /// </summary>
    private static bool EndsListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Length)
        {
            return text[tokens[end].End..].Trim().IsEmpty || text[tokens[end].End..].TrimStart(' ') is [',' or '.' or ';' or '!' or '?' or '(' or ')' or '/' or '|' or '-', ..];
        }

        var gap = TokenText.Gap(text, tokens[end], tokens[end + 1]);
        if (gap.Trim(' ') is [',' or '.' or ';' or '!' or '?' or '(' or ')' or '/' or '|' or '-' or '\u2013', ..] || gap.Contains('\n'))
        {
            return true;
        }

        return TokenText.IsSpaceJoin(gap) && (TokenText.IsAny(text, tokens[end + 1], ListJoins) || TokenText.IsAny(text, tokens[end + 1], ListFollowers));
    }

    private static bool IsCapitalisedWord(in Token token) =>
        (token.Shape & (TokenShape.Capitalized | TokenShape.AllUpper | TokenShape.HasDigit)) == TokenShape.Capitalized;

    private static bool IsCapitalisedFirstName(in Token token) =>
        IsCapitalisedWord(token) && (token.Flags & WordFlags.FirstName) != 0 && (token.Flags & (NotName | WordFlags.StopWord)) == 0;

    /// <summary>True when a name candidate of this scan that will be kept already covers <paramref name="start"/> (a weaker one is outranked).</summary>
    private static bool Covered(ScanContext context, int firstCandidate, int start)
    {
        var candidates = context.Candidates;
        for (var c = firstCandidate; c < context.CandidateCount; c++)
        {
            if (candidates[c].Class == DataClasses.PersonName && candidates[c].Score >= Scores.StrongPattern
                && candidates[c].Start <= start && start < candidates[c].End)
            {
                return true;
            }
        }

        return false;
    }
}
