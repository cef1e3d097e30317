using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Finds person names from the name dictionaries and what stands around them: a title ("Dr.
/// Amina Okafor"), an announcement ("my name is", "me llamo", "je m'appelle", "ich heiße"), a
/// greeting or sign-off ("Hi Maria", "Thanks, John"), or a known first name followed by another
/// capitalised word. Names that are also everyday words ("Will", "Grace", "May") need one of
/// those signs. Only tokens the lexicon marked (first name, title, name word) cost more than a
/// flag test.
/// </summary>
internal sealed class PersonNameRecognizer : IRecognizer
{
    private const int MaxWords = 4;
    private const WordFlags Known = WordFlags.FirstName | WordFlags.Surname;

    /// <summary>First names that are also ordinary words, months or places: never reported alone.</summary>
    private const WordFlags Unsure = WordFlags.AmbiguousName | WordFlags.StopWord | WordFlags.Month | WordFlags.UsState
        | WordFlags.StreetSuffix | WordFlags.Direction | WordFlags.UnitDesignator;

    private static readonly string[] Particles =
        ["de", "la", "del", "van", "der", "von", "da", "di", "du", "le", "dos", "das", "den", "ter", "bin", "ibn", "al", "el", "y", "zu"];

    private static readonly string[] Possessives =
        ["my", "his", "her", "your", "their", "our", "full", "first", "last", "maiden", "legal", "real", "sister's", "s"];

    private static readonly string[] Greetings =
    [
        "signed", "sincerely", "regards", "thanks", "cheers", "hi", "hello", "hey", "dear", "gracias", "saludos", "hola",
        "merci", "cordialement", "bonjour", "salut", "danke", "grüße", "gruesse", "hallo",
    ];

    private enum Evidence
    {
        /// <summary>Nothing but the dictionary.</summary>
        None,

        /// <summary>A greeting, sign-off, "I'm", "this is", "call me": known names only, ambiguous ones included.</summary>
        Medium,

        /// <summary>An explicit announcement ("my name is"): any capitalised word, and known names in lower case.</summary>
        Strong,
    }

    public string Id => "personal.name";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.PersonName];

    public void Recognize(ScanContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if ((token.Flags & (WordFlags.FirstName | WordFlags.PersonTitle)) == 0 && (token.Context & ContextKinds.Name) == 0)
            {
                continue;
            }

            var last = -1;
            if ((token.Context & ContextKinds.Name) != 0)
            {
                last = AfterAnnouncement(context, i);
            }

            if (last < 0 && (token.Flags & WordFlags.PersonTitle) != 0)
            {
                last = AfterTitle(context, i);
            }

            if (last < 0 && (token.Flags & WordFlags.FirstName) != 0 && (token.Shape & TokenShape.Capitalized) != 0)
            {
                last = FromFirstName(context, i);
            }

            if (last >= 0)
            {
                i = last;
            }
        }
    }

    /// <summary>"my name is X", "name: X", "me llamo X", "Thanks, X"...; returns the last token used or -1.</summary>
    private int AfterAnnouncement(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var token = tokens[i];
        var j = i + 1;
        Evidence evidence;
        if (TokenText.Is(text, token, "name") || TokenText.Is(text, token, "nombre") || TokenText.Is(text, token, "nom"))
        {
            if (j >= tokens.Length)
            {
                return -1;
            }

            var gap = TokenText.Gap(text, token, tokens[j]).Trim(' ');
            var possessive = TokenText.IsAnyAt(text, tokens, i - 1, Possessives);
            if (gap is ":" or "=" or "-")
            {
                evidence = Evidence.Strong;
            }
            else if (TokenText.IsAnyAt(text, tokens, j, ["is", "was", "es", "est", "ist"])
                || (gap.Length == 1 && TokenText.IsApostrophe(gap[0]) && TokenText.IsAt(text, tokens, j, "s")))
            {
                j++;
                evidence = possessive ? Evidence.Strong : Evidence.Medium;
            }
            else
            {
                return -1;
            }
        }
        else if (TokenText.IsAny(text, token, ["llamo", "appelle", "heiße", "heisse", "heißt", "heisst"]))
        {
            evidence = Evidence.Strong;
        }
        else if (TokenText.IsAny(text, token, ["named", "called"]))
        {
            evidence = Evidence.Medium;
        }
        else if (TokenText.Is(text, token, "call"))
        {
            if (!TokenText.IsAt(text, tokens, j, "me"))
            {
                return -1;
            }

            j++;
            evidence = Evidence.Medium;
        }
        else if (TokenText.IsAny(text, token, Greetings))
        {
            evidence = Evidence.Medium;
        }
        else
        {
            return -1;
        }

        if (j >= tokens.Length || !IsSeparatedForName(TokenText.Gap(text, tokens[j - 1], tokens[j])))
        {
            return -1;
        }

        return Emit(context, j, evidence);
    }

    /// <summary>"Dr. Amina Okafor", "Mrs Patel", "Herr Müller": the name after the title.</summary>
    private int AfterTitle(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var j = i + 1;
        if (j >= tokens.Length)
        {
            return -1;
        }

        var gap = TokenText.Gap(text, tokens[i], tokens[j]);
        var dotted = gap.Length > 0 && gap[0] == '.';
        var rest = dotted ? gap[1..] : gap;
        if (rest.Length > 2 || (rest.Length == 0 && !dotted) || rest.ContainsAnyExcept(' '))
        {
            return -1;
        }

        var next = tokens[j];
        if ((next.Shape & TokenShape.Capitalized) == 0 || !IsNameWord(next, lowerKnown: false)
            || (!IsContinuation(next) && !IsElidedPrefix(text, tokens, j)))
        {
            return -1;
        }

        // A title that is also a first name ("Don Smith") belongs to the name unless it is abbreviated.
        var first = (tokens[i].Flags & WordFlags.FirstName) != 0 && !dotted && (tokens[i].Shape & TokenShape.Capitalized) != 0 ? i : j;
        var last = ReadName(text, tokens, j, lowerKnown: false, out _);
        context.Add(DataClasses.PersonName, tokens[first].Start, tokens[last].End, Scores.PatternWithContext, Id,
            context: ContextKinds.Name);
        return last;
    }

    /// <summary>A capitalised known first name: with a second name word, or alone mid-sentence.</summary>
    private int FromFirstName(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var evidence = IntroducedBefore(text, tokens, i) ? Evidence.Medium : Evidence.None;
        return Emit(context, i, evidence);
    }

    /// <summary>Reads and reports the name starting at token <paramref name="j"/> given the evidence before it.</summary>
    private int Emit(ScanContext context, int j, Evidence evidence)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var first = tokens[j];
        var strong = evidence == Evidence.Strong;
        if (!IsNameWord(first, lowerKnown: strong) || (first.Context != ContextKinds.None && (first.Flags & Known) == 0))
        {
            return -1;
        }

        var known = (first.Flags & Known) != 0;
        if (evidence == Evidence.Medium && (!known || (first.Shape & TokenShape.Capitalized) == 0))
        {
            return -1;
        }

        var last = ReadName(text, tokens, j, strong && (first.Shape & TokenShape.Capitalized) == 0, out var words);
        double score;
        if (evidence != Evidence.None)
        {
            score = Scores.PatternWithContext;
        }
        else
        {
            var unsure = (first.Flags & Unsure) != 0 || (first.Flags & WordFlags.FirstName) == 0
                || ((first.Shape & TokenShape.AllUpper) != 0 && first.Length <= 3);
            if (words >= 2)
            {
                // Two name words: sure when the first is a plain first name or the second is a known name too.
                var second = SecondWord(text, tokens, j, last);
                var secondKnown = (second.Flags & Known) != 0 && (second.Flags & (WordFlags.StopWord | WordFlags.Month)) == 0;
                score = !unsure ? Scores.PatternWithContext : secondKnown ? Scores.StrongPattern : Scores.Weak;
            }
            else if (unsure)
            {
                return -1;
            }
            else
            {
                // A capitalised first word of a sentence says nothing about being a name.
                score = AtSentenceStart(text, first.Start) ? Scores.Weak : Scores.Pattern;
            }
        }

        context.Add(DataClasses.PersonName, first.Start, tokens[last].End, score, Id,
            context: evidence == Evidence.None ? ContextKinds.None : ContextKinds.Name);
        return last;
    }

    /// <summary>
    /// Reads up to <see cref="MaxWords"/> name words from token <paramref name="j"/>: words joined by
    /// hyphens or apostrophes ("Jean-Luc", "O'Connor"), particles ("de la Cruz", "van der Berg")
    /// and initials ("John F. Kennedy"). Returns the last token.
    /// </summary>
    private static int ReadName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, bool lowerKnown, out int words)
    {
        words = 1;
        var last = j;
        var k = j + 1;
        while (k < tokens.Length)
        {
            var gap = TokenText.Gap(text, tokens[k - 1], tokens[k]);
            var token = tokens[k];
            if (gap.Length == 1 && (gap[0] == '-' || TokenText.IsApostrophe(gap[0])))
            {
                // One word in parts: the part must be capitalised ("Jean-Luc", not "Maria's").
                if ((token.Shape & TokenShape.Capitalized) == 0 || (token.Shape & TokenShape.HasDigit) != 0)
                {
                    break;
                }

                last = k++;
                continue;
            }

            if (words >= MaxWords)
            {
                break;
            }

            if (TokenText.IsSpaceJoin(gap))
            {
                if ((token.Shape & TokenShape.Capitalized) == 0 && TokenText.IsAny(text, token, Particles))
                {
                    // A particle only counts when a capitalised name follows it ("de la Cruz").
                    var m = k;
                    while (m + 1 < tokens.Length && m - k < 2 && TokenText.IsAny(text, tokens[m], Particles)
                        && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[m], tokens[m + 1])))
                    {
                        m++;
                        if ((tokens[m].Shape & TokenShape.Capitalized) != 0)
                        {
                            break;
                        }
                    }

                    if ((tokens[m].Shape & TokenShape.Capitalized) == 0 || !IsNameWord(tokens[m], false) || !IsContinuation(tokens[m]))
                    {
                        break;
                    }

                    words++;
                    last = m;
                    k = m + 1;
                    continue;
                }

                if (IsElidedPrefix(text, tokens, k))
                {
                    // "O'Connor", "D'Angelo": one letter and an apostrophe before a capitalised part.
                    words++;
                    last = k + 1;
                    k += 2;
                    continue;
                }

                if (IsInitial(text, tokens, k))
                {
                    words++;
                    last = k + 1;
                    k += 2;
                    continue;
                }

                var capitalized = (token.Shape & TokenShape.Capitalized) != 0;
                if ((capitalized || lowerKnown) && IsNameWord(token, lowerKnown) && IsContinuation(token)
                    && (capitalized || (token.Shape & TokenShape.Capitalized) == (tokens[j].Shape & TokenShape.Capitalized)))
                {
                    words++;
                    last = k++;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    private static bool IsElidedPrefix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Length != 1 || (token.Shape & TokenShape.Capitalized) == 0 || k + 1 >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, token, tokens[k + 1]);
        var next = tokens[k + 1];
        return gap.Length == 1 && TokenText.IsApostrophe(gap[0]) && (next.Shape & TokenShape.Capitalized) != 0
            && IsNameWord(next, false) && next.Length > 1;
    }

    /// <summary>"F. Kennedy": a capital initial, a dot, one space, then a capitalised word.</summary>
    private static bool IsInitial(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Length != 1 || (token.Shape & TokenShape.Capitalized) == 0 || k + 1 >= tokens.Length)
        {
            return false;
        }

        var gap = TokenText.Gap(text, token, tokens[k + 1]);
        var next = tokens[k + 1];
        return gap is ". " && (next.Shape & TokenShape.Capitalized) != 0 && IsNameWord(next, false) && IsContinuation(next)
            && next.Length > 1;
    }

    /// <summary>Letters only; capitalised and not a common word unless a known name, or a known name in lower case when allowed.</summary>
    private static bool IsNameWord(in Token token, bool lowerKnown)
    {
        if ((token.Shape & (TokenShape.HasLetter | TokenShape.HasDigit)) != TokenShape.HasLetter)
        {
            return false;
        }

        var known = (token.Flags & Known) != 0;
        if ((token.Flags & WordFlags.PersonTitle) != 0 && !known)
        {
            return false;
        }

        if ((token.Shape & TokenShape.Capitalized) != 0)
        {
            return (token.Flags & WordFlags.StopWord) == 0 || known;
        }

        return lowerKnown && known && (token.Flags & (WordFlags.StopWord | WordFlags.AmbiguousName)) == 0;
    }

    /// <summary>A word after the first that still looks like part of a name, not a street, month, acronym or keyword.</summary>
    private static bool IsContinuation(in Token token)
    {
        if ((token.Flags & Known) != 0)
        {
            return (token.Flags & (WordFlags.StreetSuffix | WordFlags.Month)) == 0 || (token.Flags & WordFlags.Surname) != 0;
        }

        return token.Context == ContextKinds.None && token.Length > 1
            && (token.Flags & (WordFlags.StreetSuffix | WordFlags.Month | WordFlags.UsState | WordFlags.StopWord | WordFlags.UnitDesignator)) == 0
            && !((token.Shape & TokenShape.AllUpper) != 0 && token.Length <= 4);
    }

    /// <summary>The token of the second name word (skipping hyphenated parts of the first).</summary>
    private static Token SecondWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last)
    {
        for (var k = j + 1; k <= last; k++)
        {
            if (TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
            {
                return tokens[k];
            }
        }

        return tokens[last];
    }

    /// <summary>"I'm X", "I am X", "this is X", "it's X", "soy X", "je suis X", "ich bin X" just before token <paramref name="i"/>.</summary>
    private static bool IntroducedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || !TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[i - 1], tokens[i])))
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (TokenText.IsAny(text, previous, ["soy", "suis", "bin"]))
        {
            return i < 2 || !TokenText.Is(text, tokens[i - 2], "ibn");
        }

        if (i < 2)
        {
            return false;
        }

        var before = tokens[i - 2];
        var apostrophe = TokenText.Gap(text, before, previous) is { Length: 1 } g && TokenText.IsApostrophe(g[0]);
        return (TokenText.Is(text, previous, "m") && apostrophe && TokenText.Is(text, before, "i"))
            || (TokenText.Is(text, previous, "am") && TokenText.Is(text, before, "i"))
            || (TokenText.Is(text, previous, "is") && TokenText.IsAny(text, before, ["this", "it"]))
            || (TokenText.Is(text, previous, "s") && apostrophe && TokenText.IsAny(text, before, ["it", "this"]))
            || (TokenText.Is(text, previous, "me") && TokenText.Is(text, before, "call"));
    }

    /// <summary>True when the gap before a name is spaces, or punctuation a greeting leaves ("Thanks, ", "Regards,\n").</summary>
    private static bool IsSeparatedForName(ReadOnlySpan<char> gap)
    {
        if (gap.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or ',' or ':' or '\n' or '\r' or '!' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AtSentenceStart(ReadOnlySpan<char> text, int position)
    {
        var j = position - 1;
        while (j >= 0 && text[j] is ' ' or '"' or '\'' or '(' or '*' or '\t' or '\u201C' or '\u2018' or '¿' or '¡')
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '>' or '-';
    }
}
