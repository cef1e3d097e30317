using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// Names written family name first, as forms and lists write them: "NAME: MACLEOD, EILIDH",
/// "Van Der Merwe, Pieter — DOB …", "cardholder Abdel-Rahman, Yusuf". Without this pass the
/// given names are found alone (and the family name sometimes too), two findings for one name.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Words that join a list of people: "Anna, Ben and Carl" is three people, not one.</summary>
    private static readonly string[] ListJoins = ["and", "y", "et", "und", "or", "e"];

    /// <summary>How many candidates either side of the given names are checked for the family name found alone.</summary>
    private const int Neighbours = 8;

    /// <summary>
    /// Extends each given name found right after "Family, " back over the family name, when the
    /// family name opens a field (after "Name:", "cardholder", "Patient:", at the start of the
    /// message or a line, after " / " or " | ") and the names are not a list.
    /// </summary>
    private void FamilyNameFirst(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var found = context.CandidateCount;
        for (var c = firstCandidate; c < found; c++)
        {
            var given = context.Candidates[c];
            if (given.Score < Scores.DefaultThreshold || given.Class != DataClasses.PersonName || given.RecognizerId != Id)
            {
                continue;
            }

            var g = context.TokenIndexAt(given.Start);
            if (g < 1 || g >= tokens.Length || tokens[g].Start != given.Start || (tokens[g].Flags & WordFlags.FirstName) == 0
                || !IsCommaJoin(text[tokens[g - 1].End..tokens[g].Start]))
            {
                continue;
            }

            var family = FamilyBlockStart(text, tokens, g - 1, lowerParticles: false);

            // A lower-case particle opens the family name only right after a name label: "Name: von
            // Stein, Ursula"; not "Vincent van Gogh, Claude Monet" or "Banco de España, Laura".
            var wide = FamilyBlockStart(text, tokens, g - 1, lowerParticles: true);
            if (wide >= 0 && wide != family && OpensField(context, wide, out var wideLabelled) && wideLabelled)
            {
                family = wide;
            }

            var after = context.TokenIndexAt(given.End);
            if (family < 0 || !OpensField(context, family, out var labelled) || IsLoneFirstName(text, tokens, family, g - 1)
                || !(labelled || LooksLikeFamilyName(text, tokens, family, g - 1)) || ListGoesOn(text, tokens, after)
                || SaysSomething(text, tokens, after))
            {
                continue;
            }

            // The family name found alone was added next to the given names (a pass adds names in
            // text order); looking only near keeps a document of thousands of names linear.
            var start = tokens[family].Start;
            var candidates = context.CandidatesToResolve;
            for (var other = Math.Max(firstCandidate, c - Neighbours); other < found && other <= c + Neighbours; other++)
            {
                ref var candidate = ref candidates[other];
                if (other != c && candidate.Class == DataClasses.PersonName && candidate.Start < given.Start && candidate.End > start)
                {
                    candidate = candidate with { Score = 0 }; // the family name found alone is part of this name
                }
            }

            candidates[c] = given with { Start = start };
        }
    }

    /// <summary>
    /// "Patient: PATEL, Hemlata   DOB: …", "Patient: O'Sullivan, Niamh": a family name of one word
    /// found after a name label (a title between is skipped) and followed by a comma takes up to
    /// three capitalised words after the comma, up to the end of the field (a line break, two
    /// spaces, punctuation or the next label). The first of them is a dictionary first name, or a
    /// word no list knows after a family name in capitals without a title; jobs and institutions
    /// end them.
    /// </summary>
    private void GivenNamesAfterLabelledFamilyName(ScanContext context, int firstCandidate)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var found = context.CandidateCount;
        for (var c = firstCandidate; c < found; c++)
        {
            var family = context.Candidates[c];
            if (family.Score < Scores.DefaultThreshold || family.Class != DataClasses.PersonName || family.RecognizerId != Id)
            {
                continue;
            }

            var first = context.TokenIndexAt(family.Start);
            var last = context.TokenIndexAt(family.End - 1);
            if (first >= tokens.Length || last + 2 >= tokens.Length || tokens[first].Start != family.Start || tokens[last].End != family.End
                || !IsCommaJoin(TokenText.Gap(text, tokens[last], tokens[last + 1]))
                || !OneWord(text, tokens, first, last) || !(OpensField(context, first, out var labelled) && labelled))
            {
                continue;
            }

            // The first given name is a dictionary first name, or a word no list knows after a family
            // name in capitals as hospital forms write it ("PATEL, Hemlata"); after a title only a
            // first name ("Dr Ahmed, Parkview" is a practice). "Patel, Female", "Hughes, Wheelchair
            // User", "Kowalski, Polish" name none.
            var firstGiven = tokens[last + 1];
            var titled = first > 0 && (tokens[first - 1].Flags & WordFlags.PersonTitle) != 0;
            var capitals = (tokens[first].Shape & TokenShape.AllUpper) != 0 && (tokens[last].Shape & TokenShape.AllUpper) != 0;
            if (!((firstGiven.Flags & WordFlags.FirstName) != 0 && (firstGiven.Flags & WordFlags.AmbiguousName) == 0)
                && !(firstGiven.Entry < 0 && !titled && capitals))
            {
                continue;
            }

            // Up to three given names: the word after the comma, then words joined by single spaces.
            var given = last;
            while (given + 1 < tokens.Length && given - last < 3
                && (given == last || TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[given], tokens[given + 1])))
                && IsFamilyWord(text, tokens[given + 1]) && !StartsFieldLabel(text, tokens, given + 1)
                && !IsCapitalisedIn(text, tokens[given + 1], InstitutionWords) && !IsCapitalisedIn(text, tokens[given + 1], JobWords))
            {
                given++;
            }

            // The field must end after the given names.
            var rest = text[tokens[given].End..];
            if (given == last || !(rest.IsEmpty || rest.StartsWith("  ") || rest[0] is '\n' or '\r' or ',' or ';' or '(' or '|' or '/'
                || (given + 1 < tokens.Length && StartsFieldLabel(text, tokens, given + 1))))
            {
                continue;
            }

            var candidates = context.CandidatesToResolve;
            for (var other = Math.Max(firstCandidate, c - Neighbours); other < found && other <= c + Neighbours; other++)
            {
                ref var candidate = ref candidates[other];
                if (other != c && candidate.Class == DataClasses.PersonName && candidate.Start < tokens[given].End && candidate.End > tokens[last + 1].Start)
                {
                    candidate = candidate with { Score = 0 }; // a given name found alone is part of this name
                }
            }

            candidates[c] = family with { End = tokens[given].End };
        }
    }

    /// <summary>Tokens <paramref name="first"/> to <paramref name="last"/> form one word ("PATEL", "O'Sullivan", "Adeyemi-Cole").</summary>
    private static bool OneWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (!IsPartJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
            {
                return false;
            }
        }

        return tokens[first].Length > 1 || first < last;
    }

    /// <summary>", " or "," between the family name and the given names.</summary>
    private static bool IsCommaJoin(ReadOnlySpan<char> gap) => gap is "," or ", ";

    /// <summary>
    /// The first token of the family name that ends at token <paramref name="last"/>: up to
    /// <see cref="MaxWords"/> capitalised name words and particles ("DE LA CRUZ FERNÁNDEZ",
    /// "Van Der Merwe", "MÜLLER-WESTPHAL"), or -1 when the word before the comma is not one.
    /// </summary>
    private static int FamilyBlockStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, bool lowerParticles)
    {
        if (!IsFamilyWord(text, tokens[last]))
        {
            return -1;
        }

        var first = last;
        var words = 1;
        while (first > 0)
        {
            var gap = TokenText.Gap(text, tokens[first - 1], tokens[first]);
            var previous = tokens[first - 1];
            if (IsPartJoin(gap) && (IsFamilyWord(text, previous)
                || (previous.Length == 1 && IsUpperStart(text, previous) && TokenText.IsApostrophe(gap[0]))))
            {
                first--; // "MÜLLER-WESTPHAL", "O'Sullivan"
                continue;
            }

            if (words < MaxWords && TokenText.IsSpaceJoin(gap)
                && (IsFamilyWord(text, previous) || (TokenText.IsAny(text, previous, Particles) && (lowerParticles || IsUpperStart(text, previous)))))
            {
                first--;
                words++;
                continue;
            }

            break;
        }

        // A particle cannot open the name on its own account ("De" in "Name: De, Ana" is no family name).
        return TokenText.IsAny(text, tokens[first], Particles) && first == last ? -1 : first;
    }

    /// <summary>A capitalised word of letters that can be part of a name and is not a label or keyword.</summary>
    private static bool IsFamilyWord(ReadOnlySpan<char> text, in Token token) =>
        IsUpperStart(text, token) && IsNameWord(token, lowerKnown: false) && token.Context == ContextKinds.None
        && (token.Flags & (NotName | WordFlags.PersonTitle)) == 0 && token.Length > 1;

    /// <summary>
    /// The family name starts a field: after a name label ("Name:", "cardholder", "Patient:",
    /// "account holder"; <paramref name="labelled"/>, which is evidence enough that a name
    /// follows), at the start of the message or a line, or after " / ", " | ", " — ".
    /// </summary>
    private static bool OpensField(ScanContext context, int first, out bool labelled)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        labelled = false;
        if (first == 0)
        {
            return text[..tokens[0].Start].Trim().IsEmpty;
        }

        var gap = text[tokens[first - 1].End..tokens[first].Start];
        if (gap.IndexOfAny('\n', '|', '/') >= 0 || gap.Contains('—') || gap.Contains('–'))
        {
            return true;
        }

        var previous = tokens[first - 1];
        if ((previous.Flags & WordFlags.PersonTitle) != 0 && gap is " " or ". ")
        {
            return OpensField(context, first - 1, out labelled); // "Patient: Herr Krüger, Wolfgang"
        }

        labelled = Triggers.TryGetValue(text.Slice(previous.Start, previous.Length), out var kind) && kind is Trigger.Name or Trigger.Label
            && gap.Trim().Length <= 1; // "Name: X", "cardholder X", not "the name of the X"

        // A mail header opens a field but says nothing of what is in it: 'From: "Okafor, Chinedu"', not
        // "From: Support, Emily" (the family name must look like one).
        return labelled || (TokenText.IsAny(text, previous, ["from", "to", "cc"]) && gap.Trim() is ":" or ": \"" or ":\"");
    }

    /// <summary>
    /// The block before the comma is a family name: its last word is in the surname list and is no
    /// everyday word, or the block is hyphenated or has a particle ("Abdel-Rahman", "Van Der
    /// Merwe"); "Tuesday, Chloe", "Sorted, Anna", "URGENT, OLIVER" are not.
    /// </summary>
    private static bool LooksLikeFamilyName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var word = tokens[last];
        if ((word.Flags & WordFlags.Surname) != 0 && (word.Flags & (WordFlags.StopWord | WordFlags.AmbiguousName | NotName)) == 0)
        {
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            if (k > first && IsPartJoin(TokenText.Gap(text, tokens[k - 1], tokens[k])))
            {
                return true; // "Abdel-Rahman", "MÜLLER-WESTPHAL"
            }

            if (TokenText.IsAny(text, tokens[k], Particles))
            {
                return true; // "Van Der Merwe", "DE LA CRUZ FERNÁNDEZ"
            }
        }

        return false; // capitals alone are no sign without a name label: "URGENT, OLIVER", "CANCELLED, JAMES"
    }

    /// <summary>"James, Emma here", "Ryan, Chloe asked me to call": the names are followed by what someone says or does.</summary>
    private static bool SaysSomething(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int next) =>
        next < tokens.Length && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[next - 1], tokens[next]))
        && (char.IsLower(text[tokens[next].Start]) || TokenText.IsAny(text, tokens[next], ["here", "speaking", "from", "again"]));

    /// <summary>"Dear Anna, Ben here": a plain first name alone before the comma is a person of its own.</summary>
    private static bool IsLoneFirstName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        first == last && (tokens[first].Flags & WordFlags.Surname) == 0 && (tokens[first].Flags & WordFlags.FirstName) != 0
        && (tokens[first].Shape & TokenShape.AllUpper) == 0;

    /// <summary>"Anna, Ben and Carl", "Smith, Jones, Patel": more names follow, so the commas part a list.</summary>
    private static bool ListGoesOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length)
        {
            return false;
        }

        var gap = text[tokens[next - 1].End..tokens[next].Start];
        if (IsCommaJoin(gap) && IsUpperStart(text, tokens[next]) && (tokens[next].Flags & Known) != 0)
        {
            return true;
        }

        return TokenText.IsSpaceJoin(gap) && TokenText.IsAny(text, tokens[next], ListJoins)
            && next + 1 < tokens.Length && IsUpperStart(text, tokens[next + 1]);
    }
}
