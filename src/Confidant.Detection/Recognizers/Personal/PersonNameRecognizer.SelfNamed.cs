using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A customer who says who is writing with a capitalised first name that is also a word: "It's
/// Will again", "Hi, it's Hope", "Hi it's Hope from the salon", "its Summer on 0161 832 4471". The
/// introduction alone does not make "It's Fine" a name; what follows the word does: "again", the
/// end of the message, "from the/your …" or a phone number. And a mail app's signature, "Sent
/// from Lorraine's iPad".
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>
    /// First names that say how something is when "it's" comes before them: seasons, weather,
    /// colours and states ("It's Fine again", "its Summer here", "it's Amber again on the router").
    /// </summary>
    private static readonly WordSet StateWords = new(
    [
        "summer", "winter", "autumn", "spring", "fall", "fine", "sunny", "stormy", "misty", "rusty", "dusty", "sandy", "rainy",
        "windy", "snowy", "amber", "olive", "ginger", "scarlet", "coral", "grey", "gray", "brown", "green", "early", "free",
        "honest", "happy", "lucky", "sterling", "golden", "goldie",
    ]);

    /// <summary>
    /// The token after the introduction at <paramref name="i"/> ("its", "it's", "I'm", "this is")
    /// when it is a first name that is also a word and the words after it say it is the writer's
    /// name; reports it and returns its index, or -1 (the other rules then decide).
    /// </summary>
    private int SelfNamedWordName(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;

        // Most introductions ("it", "this", "I'm" before any word) have no such name one or two
        // tokens on: a flag test answers them before anything is read.
        if (!(i + 1 < tokens.Length && IsCapitalisedWordName(tokens[i + 1])) && !(i + 2 < tokens.Length && IsCapitalisedWordName(tokens[i + 2])))
        {
            return -1;
        }

        var j = i + 1;
        var opening = IsIntroduction(text, tokens, i, ref j);
        var its = TokenText.Is(text, tokens[i], "its") || (j == i + 2 && TokenText.Is(text, tokens[i], "it"));
        if (!(opening || its) || j >= tokens.Length || tokens[j - 1].End + 1 != tokens[j].Start || text[tokens[j].Start - 1] != ' ')
        {
            return -1;
        }

        // The introduction opens the message, after a greeting at most ("hi, it's ...", "hey its ...").
        var introStart = TokenText.IsAnyAt(text, tokens, i, ["m", "am"]) ? i - 1 : i;
        var opensMessage = opening && (introStart == 0 || TokenText.IsAnyAt(text, tokens, introStart - 1, Greetings));
        var name = tokens[j];
        if ((name.Flags & WordFlags.AmbiguousName) == 0 || (name.Flags & WordFlags.FirstName) == 0 || (name.Flags & NotName) != 0
            || name.Length < 3 || (name.Shape & (TokenShape.HasDigit | TokenShape.AllUpper)) != 0 || TokenText.IsAny(text, name, CompanyNames))
        {
            return -1;
        }

        // Capitalised only: in lower case these words say how something is far more often than who
        // writes ("It's fine again", "its sunny here", "its amber from the start"); and not the words
        // of weather, seasons and colours that are capitalised names too ("Its Sunny again").
        if ((name.Shape & TokenShape.Capitalized) == 0)
        {
            return -1;
        }

        var k = j + 1;
        bool says;
        if (TokenText.IsAny(text, name, StateWords) && !(TokenText.IsAt(text, tokens, k, "on") && PhoneDigitsAt(text, tokens, k + 1)))
        {
            return -1; // a phone number after it still makes "its Summer on 0161 832 4471" a name
        }

        if (k == tokens.Length)
        {
            // "it's Dawn!": the whole message (after a greeting at most) is the introduction.
            says = opensMessage && text[name.End..].IndexOfAny(NameEndStops) < 0;
        }
        else if (!TokenText.IsSpaceJoin(TokenText.Gap(text, name, tokens[k])))
        {
            return -1;
        }
        else if (TokenText.Is(text, tokens[k], "again"))
        {
            says = true;
        }
        else if (TokenText.Is(text, tokens[k], "from"))
        {
            says = TokenText.IsAnyAt(text, tokens, k + 1, ["the", "your"]); // "Hi it's Hope from the salon"
        }
        else
        {
            // "its Summer on 0161 832 4471".
            says = TokenText.Is(text, tokens[k], "on") && PhoneDigitsAt(text, tokens, k + 1);
        }

        if (!says)
        {
            return -1;
        }

        context.Add(DataClasses.PersonName, name.Start, name.End, Scores.PatternWithContext, Id, context: ContextKinds.Name);
        return j;
    }

    private static bool IsCapitalisedWordName(in Token token) =>
        (token.Flags & (WordFlags.FirstName | WordFlags.AmbiguousName)) == (WordFlags.FirstName | WordFlags.AmbiguousName)
        && (token.Shape & TokenShape.Capitalized) != 0;

    /// <summary>What after a lone introduced word says the message goes on as a sentence ("its will?" asks).</summary>
    private static readonly System.Buffers.SearchValues<char> NameEndStops = System.Buffers.SearchValues.Create("?:=@/");

    /// <summary>Devices a mail app signs with: "Sent from my iPhone", "Sent from Lorraine's iPad".</summary>
    private static readonly string[] Devices = ["iphone", "ipad", "galaxy", "samsung", "android", "pixel", "phone", "mobile", "tablet", "outlook"];

    /// <summary>
    /// "Sent from Lorraine's iPad": the words <paramref name="j"/> to <paramref name="last"/> own the
    /// device a mail app signed the message with. The signature starts its line, or follows two
    /// spaces where a line break was pasted away (not "the money was sent from Chelsea's mobile wallet").
    /// </summary>
    private static bool SentFromOwnDevice(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last) =>
        TokenText.IsAt(text, tokens, j - 1, "from") && TokenText.IsAt(text, tokens, j - 2, "sent")
        && (j == 2 || text[..tokens[j - 2].Start].TrimEnd(' ').IsEmpty || text[..tokens[j - 2].Start].EndsWith("  ")
            || text[..tokens[j - 2].Start].TrimEnd(' ').EndsWith("\n"))
        && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j - 1], tokens[j])) && !TokenText.IsAny(text, tokens[j], CompanyNames)
        && TokenText.IsAt(text, tokens, last + 1, "s") && TokenText.Gap(text, tokens[last], tokens[last + 1]) is { Length: 1 } apostrophe
        && TokenText.IsApostrophe(apostrophe[0]) && TokenText.IsAnyAt(text, tokens, last + 2, Devices);
}
