using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Personal;

/// <summary>
/// A first name followed by who the person is to the writer: "Anna my wife has the card", "it's a
/// gift for Destiny, my niece, she's turning 18". A name that is also a word needs the comma: "Will
/// my husband get a text?", "Grant my wife access", "Bill my husband for it" are verbs. Not after
/// "from" or "to", where shops and places stand ("bought it from Zara my daughter loves it", "back
/// from Paris, my wife loved it"), not an exclamation or a brand ("Jesus my son has cracked the
/// screen"), and not a pet's owner ("Bella my daughter's puppy").
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    /// <summary>Words before the name that end what comes before it: "for Destiny, my niece", "thanks Anna my wife".</summary>
    private static readonly string[] BeforeApposition = ["for", "thanks", "ask", "tell", "hi", "hello", "dear"];

    /// <summary>Exclamations and brands with given names' spellings that open a sentence: "Christ my husband has locked us out".</summary>
    private static readonly string[] NotNamesBeforeRelative = ["christ", "bless", "god", "lord", "zara", "gemini", "yankee", "mercedes"];

    /// <summary>Marks that end what comes before a name.</summary>
    private static readonly System.Buffers.SearchValues<char> AppositionBreaks = System.Buffers.SearchValues.Create(",.!?:;(\n");

    /// <summary>Reports the name before "my" and the relative or role at token <paramref name="relative"/>, if there is one.</summary>
    private void NameBeforeRelative(ScanContext context, int relative)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var n = relative - 2;
        if (n < 0 || !TokenText.IsAnyAt(text, tokens, relative - 1, ["my", "our"])
            || TokenText.Gap(text, tokens[relative - 1], tokens[relative]) is not " ")
        {
            return;
        }

        var name = tokens[n];
        var gap = TokenText.Gap(text, name, tokens[n + 1]);
        // A name that is a word, or one after "for", needs the comma: "Mark, my husband", "for Destiny, my niece".
        var needsComma = (name.Flags & WordFlags.AmbiguousName) != 0 || TokenText.IsAt(text, tokens, n - 1, "for");
        if ((name.Flags & WordFlags.FirstName) == 0 || (name.Flags & (Unsure & ~WordFlags.AmbiguousName)) != 0
            || (name.Shape & (TokenShape.Capitalized | TokenShape.AllUpper)) != TokenShape.Capitalized
            || !(gap is ", " || (gap is " " && !needsComma))
            || LoneWordsNotNames.Contains(text.Slice(name.Start, name.Length)) || TokenText.IsAny(text, name, NotNamesBeforeRelative)
            || (relative + 1 < tokens.Length && TokenText.Is(text, tokens[relative + 1], "s")))
        {
            return; // "my daughter's puppy": the relative is an owner
        }

        // The name stands alone: the message or a clause opens with it, or a word that ends what
        // came before ("for", "thanks") does; not "the Rose my mum bought", "Sarah Jones my wife".
        if (n > 0)
        {
            var before = TokenText.Gap(text, tokens[n - 1], name);
            if (!before.ContainsAny(AppositionBreaks) && !TokenText.IsAny(text, tokens[n - 1], BeforeApposition))
            {
                return;
            }
        }

        context.Add(DataClasses.PersonName, name.Start, name.End, Scores.StrongPattern, Id, context: ContextKinds.Name);
    }
}
