using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Symptoms said as a sentence about a part or function of the body rather than named: "my chest
/// has been tight", "my knee keeps giving way", "gums bleed", "his sugar is high again", "mein
/// Rücken tut weh". The span runs from the body word to the last symptom word ("knee is stiff and
/// tender"), unless the health dictionary named a symptom inside it ("my ankle is swollen" gives
/// "swollen"). The body word must be someone's ("my", "his", "Emeka's", "mum's"), and a word from a
/// closed list of what bodies do when unwell must follow a linking verb and at most a few words of
/// degree; colours, "dry", "hot", "weak", "racing" and "cracked" are not on it, since eyes are blue,
/// faces go red at a declined card and a phone's back is cracked, and "tight", "blurry" and
/// "clicks" count only for the parts they fit (a tight chest, not tight shoulders in a blazer).
/// "my hands are tied", "my heart aches for you" and "the chair's legs are cracked" find nothing.
/// </summary>
internal sealed class SymptomPhraseRecognizer : IRecognizer
{
    /// <summary>Words a body word may stand after when it is someone's: a possessive, not "the" (a chair has legs too).</summary>
    private static readonly WordSet Owners = new(
        ["my", "his", "her", "their", "mein", "meine", "meinem", "sein", "seine"]);

    /// <summary>Verbs between the body word and how it is: "is", "has been", "keeps", "feels", "looks", "went", "tut".</summary>
    private static readonly WordSet Links = new(
    [
        "is", "are", "s", "was", "were", "has", "have", "been", "keeps", "keep", "kept", "feels", "feel", "felt", "looks", "look",
        "looked", "gets", "get", "got", "getting", "goes", "go", "went", "gone", "seems", "seem", "started", "starts", "still",
        "tut", "tun", "ist", "sind",
    ]);

    /// <summary>Words that may come between the link and the symptom word: "a bit", "really", "so", "all".</summary>
    private static readonly WordSet Degrees = new(
    [
        "a", "bit", "little", "really", "very", "so", "quite", "all", "too", "extremely", "super", "slightly", "kind", "of",
        "kinda", "sort", "bright", "totally", "completely", "badly", "more", "even", "always", "constantly", "sehr", "total", "ganz",
    ]);

    /// <summary>
    /// What bodies do when unwell: the words that make the sentence a symptom. Colours, "dry",
    /// "hot", "heavy", "weak", "red" and "cracked" are left out: eyes are blue, skin is dry for a
    /// cosmetic, a face goes red when a card is declined, a phone's back is cracked.
    /// </summary>
    private static readonly WordSet SymptomWords = new(
    [
        "tight", "streaming", "cloudy", "blurry", "blurred", "weeping", "oozing", "sore", "bleed", "bleeds", "bleeding",
        "pounding", "throbbing", "puffy", "swollen", "swelling", "shaking", "trembling", "shaky", "stiff", "numb", "tingling",
        "tingly", "burns", "hurts", "hurt", "hurting", "aching", "aches", "ache", "achy", "killing", "itchy", "itching",
        "itches", "gritty", "crusty", "blistered", "bruised", "inflamed", "infected", "clicks", "clicking", "ringing",
        "blocked", "runny", "congested", "stuffy", "wheezy", "rattly", "irregular", "cramping", "twitching", "twitches",
        "drooping", "droopy", "swells", "tender", "painful", "high", "low", "giving", "gave", "weh", "geschwollen", "juckt",
        "brennt", "schmerzt",
    ]);

    /// <summary>Symptom words that say little on their own, counted only for some body words ("sugar is high", "bp is low").</summary>
    private static readonly WordSet MeasureWords = new(["high", "low", "irregular"]);

    /// <summary>Body functions that are high, low or irregular when unwell.</summary>
    private static readonly WordSet Measured = new(
        ["sugar", "sugars", "bp", "pressure", "temperature", "temp", "pulse", "heartbeat", "period", "periods", "fever"]);

    public string Id => "health.symptom-phrase";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Symptom];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0;
        CandidateBlock? terms = null; // the health dictionary's findings, looked up by binary search
        foreach (var i in context.WordAnchors)
        {
            if (i < resume || (tokens[i].Flags & WordFlags.BodyPart) == 0)
            {
                continue;
            }

            if (FeverTemperature.IsFever(text, tokens, i, context))
            {
                context.Add(DataClasses.Symptom, tokens[i].Start, tokens[i].End, Scores.PatternWithContext, Id);
                resume = i + 1;
                continue;
            }

            // "my temp is low on hours": "temp" is a body word only as a fever (above).
            if (FeverTemperature.IsTemp(text, tokens[i]) || !IsSomeones(text, tokens, i))
            {
                continue;
            }

            var last = ReadPredicate(text, tokens, i);
            if (last < 0)
            {
                continue;
            }

            resume = last + 1;
            terms ??= CandidateBlock.Of(context, HealthTermRecognizer.RecognizerId);
            if (!terms.Value.Overlaps(context, tokens[i].Start, tokens[last].End, Scores.DefaultThreshold))
            {
                context.Add(DataClasses.Symptom, tokens[i].Start, tokens[last].End, Scores.PatternWithContext, Id);
            }
        }
    }

    /// <summary>"my knee", "his throat", "Emeka's throat", "mum's legs".</summary>
    private static bool IsSomeones(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false; // "Heels are a bit tight", "Face is blurry in my selfie": no one's
        }

        if (TokenText.Gap(text, tokens[i - 1], tokens[i]) is not " ")
        {
            return false;
        }

        // "left knee", "big toe", "bottom lip": one describing word between the owner and the body word.
        var k = TokenText.IsAnyAt(text, tokens, i - 1, ["left", "right", "big", "little", "lower", "upper", "bottom", "top", "whole", "both"]) ? i - 2 : i - 1;
        if (k < 0)
        {
            return false;
        }

        if (TokenText.IsAny(text, tokens[k], Owners))
        {
            return true;
        }

        // "Emeka's throat", "mum's legs": the owner is a person, not "the chair's legs".
        return k >= 1 && TokenText.Is(text, tokens[k], "s") && TokenText.Gap(text, tokens[k - 1], tokens[k]) is { Length: 1 } apostrophe
            && TokenText.IsApostrophe(apostrophe[0])
            && ((tokens[k - 1].Flags & WordFlags.FirstName) != 0 || TokenText.IsAny(text, tokens[k - 1], People));
    }

    /// <summary>Relatives and carers whose body a customer writes about: "mum's legs", "dad's breathing".</summary>
    private static readonly WordSet People = new(
    [
        "mum", "mom", "mums", "moms", "dad", "dads", "son", "daughter", "husband", "wife", "partner", "baby", "nan", "nana",
        "gran", "granny", "grandma", "grandad", "grandpa", "brother", "sister", "child", "kid", "boy", "girl",
    ]);

    /// <summary>The last token of "is/are/keeps/... [a bit] SYMPTOM [and SYMPTOM]" after the body word at <paramref name="i"/>; -1 when there is none.</summary>
    private static int ReadPredicate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i + 1;

        // "my back and hips are stiff": a second body word.
        if (TokenText.IsAt(text, tokens, k, "and") && k + 1 < tokens.Length && (tokens[k + 1].Flags & WordFlags.BodyPart) != 0)
        {
            k += 2;
        }

        var links = 0;
        while (k < tokens.Length && links < 3 && IsSpaced(text, tokens, k) && TokenText.IsAny(text, tokens[k], Links))
        {
            k++;
            links++;
        }

        var degrees = 0;
        while (k < tokens.Length && degrees < 3 && IsSpaced(text, tokens, k) && TokenText.IsAny(text, tokens[k], Degrees))
        {
            if (TokenText.Is(text, tokens[k], "too"))
            {
                return -1; // "my shoulders are too tight in this blazer": a fit, not a symptom
            }

            k++;
            degrees++;
        }

        if (k >= tokens.Length || !IsSpaced(text, tokens, k) || !IsSymptomWord(text, tokens, i, k))
        {
            return -1;
        }

        // "hands are shaking" needs its verb; "gums bleed", "jaw clicks", "calf hurts" need none.
        if (links == 0 && !TokenText.IsAny(text, tokens[k], ["bleed", "bleeds", "hurts", "aches", "clicks", "burns", "itches", "swells", "twitches", "juckt", "brennt", "schmerzt"]))
        {
            return -1;
        }

        var last = k;
        if (last + 1 < tokens.Length && IsSpaced(text, tokens, last + 1) && Completes(text, tokens[k], tokens[last + 1]))
        {
            last++; // "giving way", "killing me"
        }

        // "hot and swollen", "dry and gritty": a second symptom word.
        if (TokenText.IsAt(text, tokens, last + 1, "and") && last + 2 < tokens.Length && IsSpaced(text, tokens, last + 2)
            && IsSymptomWord(text, tokens, i, last + 2))
        {
            last += 2;
        }

        // "my heart aches for you", "hands are shaking with excitement", "my stomach hurts from
        // laughing", "my face burns whenever I think of it": feelings and causes, not symptoms.
        if (TokenText.IsAnyAt(text, tokens, last + 1, ["with", "for", "from", "whenever", "trying", "reading", "looking", "thinking", "vor", "von", "wenn"])
            || (TokenText.IsAny(text, tokens[k], ["shaking", "shaky", "trembling"]) && TokenText.IsAnyAt(text, tokens, last + 1, ["when", "as"])))
        {
            return -1;
        }

        if (TokenText.IsAny(text, tokens[k], ["giving", "gave"]) && last == k)
        {
            return -1; // "giving" only in "giving way"
        }

        if (TokenText.Is(text, tokens[k], "killing") && last == k)
        {
            return -1; // "killing" only in "killing me"
        }

        return last;
    }

    /// <summary>The word that ends a symptom word's phrase: "giving way", "gave way", "killing me".</summary>
    private static bool Completes(ReadOnlySpan<char> text, in Token word, in Token next) =>
        (TokenText.IsAny(text, word, ["giving", "gave"]) && TokenText.Is(text, next, "way"))
        || (TokenText.Is(text, word, "killing") && TokenText.Is(text, next, "me"));

    private static bool IsSymptomWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int body, int k)
    {
        if (!TokenText.IsAny(text, tokens[k], SymptomWords)
            || (TokenText.IsAny(text, tokens[k], MeasureWords) && !TokenText.IsAny(text, tokens[body], Measured)))
        {
            return false;
        }

        // Words that clothes, photos and buttons share with bodies count only for the parts they fit:
        // a tight chest (not tight shoulders in a blazer), blurry vision (not a blurry face in a
        // selfie), a clicking jaw (not a finger that clicks the pay button).
        if (TokenText.Is(text, tokens[k], "tight"))
        {
            return TokenText.IsAny(text, tokens[body], ["chest", "throat", "jaw", "muscles", "stomach", "tummy", "breathing"]);
        }

        if (TokenText.IsAny(text, tokens[k], ["blurry", "blurred", "cloudy"]))
        {
            return TokenText.IsAny(text, tokens[body], ["vision", "eyesight", "urine", "pee", "wee"]);
        }

        if (TokenText.Is(text, tokens[k], "itchy") && TokenText.IsAny(text, tokens[body], ["feet", "foot"]))
        {
            return false; // "itchy feet": wanting to travel
        }

        if (TokenText.Is(text, tokens[k], "blocked"))
        {
            return TokenText.IsAny(text, tokens[body], ["nose", "ear", "ears"]); // not "my face is blocked by the glare"
        }

        if (TokenText.IsAny(text, tokens[k], ["clicks", "clicking"]))
        {
            return TokenText.IsAny(text, tokens[body], ["jaw", "knee", "knees", "hip", "hips", "joint", "joints", "neck", "shoulder"]);
        }

        return true;
    }

    private static bool IsSpaced(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.Gap(text, tokens[k - 1], tokens[k]) is " " or "'";
}
