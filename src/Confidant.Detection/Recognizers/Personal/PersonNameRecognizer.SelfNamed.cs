using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A customer who says who is writing with a first name that is also a word: "hey its jade
/// again", "it's Dawn", "hi mark its dawn from the salon", "its Summer on 0161 832 4471". The
/// introduction alone does not make "its fine" a name; what follows the word does: "again",
/// "here", the end of the message, "from the …" or a phone number. And a mail app's signature,
/// "Sent from Lorraine's iPad".
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Words that come "again" as often as people do: "it's summer again", "its spring again".</summary>
    private static readonly string[] Seasons = ["summer", "winter", "autumn", "spring", "fall"];

    /// <summary>
    /// The token after the introduction at <paramref name="i"/> ("its", "it's", "I'm", "this is")
    /// when it is a first name that is also a word and the words after it say it is the writer's
    /// name; reports it and returns its index, or -1 (the other rules then decide).
    /// </summary>
    private int SelfNamedWordName(ScanContext context, int i)
    {
        var text = context.Text;
        var tokens = context.Tokens;
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

        // In lower case only where the message opens with the introduction ("hey its jade again"),
        // and never as the whole message: "its fine", "it's done" end a message far more often.
        var capitalized = (name.Shape & TokenShape.Capitalized) != 0;
        var k = j + 1;
        bool says;
        if (!capitalized && (!opensMessage || k == tokens.Length))
        {
            return -1;
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
            says = !TokenText.IsAny(text, name, Seasons);
        }
        else if (TokenText.Is(text, tokens[k], "here"))
        {
            says = opensMessage;
        }
        else if (TokenText.Is(text, tokens[k], "from"))
        {
            says = TokenText.IsAnyAt(text, tokens, k + 1, ["the", "your"]); // "its dawn from the salon"
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

    /// <summary>What after a lone introduced word says the message goes on as a sentence ("its will?" asks).</summary>
    private static readonly System.Buffers.SearchValues<char> NameEndStops = System.Buffers.SearchValues.Create("?:=@/");

    /// <summary>Devices a mail app signs with: "Sent from my iPhone", "Sent from Lorraine's iPad".</summary>
    private static readonly string[] Devices = ["iphone", "ipad", "galaxy", "samsung", "android", "pixel", "phone", "mobile", "tablet", "outlook"];

    /// <summary>"Sent from Lorraine's iPad": the words <paramref name="j"/> to <paramref name="last"/> own the device the message was sent from.</summary>
    private static bool SentFromOwnDevice(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, int last) =>
        TokenText.IsAt(text, tokens, j - 1, "from") && TokenText.IsAt(text, tokens, j - 2, "sent")
        && TokenText.IsSpaceJoin(TokenText.Gap(text, tokens[j - 1], tokens[j]))
        && TokenText.IsAt(text, tokens, last + 1, "s") && TokenText.Gap(text, tokens[last], tokens[last + 1]) is { Length: 1 } apostrophe
        && TokenText.IsApostrophe(apostrophe[0]) && TokenText.IsAnyAt(text, tokens, last + 2, Devices);
}
