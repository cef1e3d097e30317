using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Symptoms said as a sentence about a part or function of the body rather than named: "my chest
/// has been tight", "his lips look a bit blue", "my knee keeps giving way", "gums bleed", "his sugar
/// is high again", "mein Rücken tut weh". The span runs from the body word to the last symptom word
/// ("leg is hot and swollen"), unless the health dictionary named a symptom inside it ("my ankle is
/// swollen" gives "swollen"). The body word must be someone's ("my", "his", "the", "Emeka's") or
/// open a sentence, and a word from a closed list of what bodies do when unwell must follow within
/// a few words of a linking verb; "my hands are tied" and "my back is turned" find nothing.
/// </summary>
internal sealed class SymptomPhraseRecognizer : IRecognizer
{
    /// <summary>Words a body word may stand after when it is someone's.</summary>
    private static readonly WordSet Owners = new(
        ["my", "his", "her", "their", "your", "our", "the", "both", "s", "mein", "meine", "meinem", "sein", "seine", "ihr", "ihre"]);

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

    /// <summary>What bodies do when unwell: the words that make the sentence a symptom.</summary>
    private static readonly WordSet SymptomWords = new(
    [
        "tight", "streaming", "watering", "watery", "cloudy", "blurry", "blurred", "weak", "worse", "blue", "purple", "grey",
        "gray", "pale", "yellow", "weeping", "oozing", "red", "raw", "sore", "bleed", "bleeds", "bleeding", "racing", "pounding",
        "thumping", "fluttering", "puffy", "swollen", "swelling", "shaking", "shaky", "trembling", "stiff", "numb", "tingling",
        "tingly", "burning", "burns", "hot", "heavy", "throbbing", "hurts", "hurt", "hurting", "aching", "aches", "ache",
        "achy", "killing", "itchy", "itching", "itches", "dry", "gritty", "crusty", "cracked", "peeling", "flaky", "blistered",
        "bruised", "inflamed", "infected", "clicks", "clicking", "spinning", "ringing", "buzzing", "blocked", "runny",
        "congested", "stuffy", "wheezy", "rattly", "crackly", "irregular", "upset", "cramping", "twitching", "twitches",
        "drooping", "droopy", "swells", "spasming", "sensitive", "tender", "painful", "agony", "bad", "terrible", "awful",
        "high", "low", "giving", "gave", "weh", "geschwollen", "rot", "juckt", "brennt", "schmerzt",
    ]);

    /// <summary>Symptom words that say little on their own, counted only for some body words ("sugar is high", "bp is low").</summary>
    private static readonly WordSet MeasureWords = new(["high", "low", "irregular"]);

    /// <summary>Body functions that are high, low or irregular when unwell.</summary>
    private static readonly WordSet Measured = new(
        ["sugar", "sugars", "bp", "pressure", "temperature", "temp", "pulse", "heartbeat", "heart", "period", "periods", "fever"]);


    public string Id => "health.symptom-phrase";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.Symptom];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0;
        foreach (var i in context.WordAnchors)
        {
            if (i < resume || (tokens[i].Flags & WordFlags.BodyPart) == 0 || !IsSomeones(text, tokens, i))
            {
                continue;
            }

            var last = ReadPredicate(text, tokens, i);
            if (last < 0)
            {
                continue;
            }

            resume = last + 1;
            if (!TermFoundIn(context, tokens[i].Start, tokens[last].End))
            {
                context.Add(DataClasses.Symptom, tokens[i].Start, tokens[last].End, Scores.PatternWithContext, Id);
            }
        }
    }

    /// <summary>
    /// True when the health dictionary (which runs before) reported a term inside the phrase: "my
    /// ankle is swollen" is the symptom "swollen", named, and the phrase adds nothing.
    /// </summary>
    private static bool TermFoundIn(ScanContext context, int start, int end)
    {
        foreach (ref readonly var candidate in context.Candidates)
        {
            if (candidate.Start < end && start < candidate.End && candidate.Score >= Scores.DefaultThreshold
                && ReferenceEquals(candidate.RecognizerId, HealthTermRecognizer.RecognizerId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"my knee", "his throat", "the wound", "Emeka's throat", or a body word opening a sentence ("Joints are stiff").</summary>
    private static bool IsSomeones(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var gap = TokenText.Gap(text, tokens[i - 1], tokens[i]);
        if (gap.Length != 1 || gap[0] != ' ')
        {
            return gap.TrimEnd(' ').Length > 0 && gap.TrimEnd(' ')[^1] is '.' or '!' or '?' or '\n' or ',' or ';';
        }

        // "left knee", "big toe", "bottom lip": one describing word between the owner and the body word.
        var k = TokenText.IsAnyAt(text, tokens, i - 1, ["left", "right", "big", "little", "lower", "upper", "bottom", "top", "whole", "both"]) ? i - 2 : i - 1;
        if (k < 0 || !TokenText.IsAny(text, tokens[k], Owners))
        {
            return false;
        }

        // "the back is red", "the face is cracked": things have backs and faces; "the wound is weeping" is someone's.
        return !(TokenText.Is(text, tokens[k], "the") && TokenText.IsAny(text, tokens[i], ["back", "face", "head", "arm", "arms", "leg", "legs", "foot", "feet", "heel", "heels", "hand", "hands", "neck", "mouth", "tongue", "heart", "voice", "period"]));
    }

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
            last++; // "giving way", "killing me", "red raw"
        }

        // "hot and swollen", "dry and gritty": a second symptom word.
        if (TokenText.IsAt(text, tokens, last + 1, "and") && last + 2 < tokens.Length && IsSpaced(text, tokens, last + 2)
            && IsSymptomWord(text, tokens, i, last + 2))
        {
            last += 2;
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

    /// <summary>The word that ends a symptom word's phrase: "giving way", "gave way", "killing me", "red raw".</summary>
    private static bool Completes(ReadOnlySpan<char> text, in Token word, in Token next) =>
        (TokenText.IsAny(text, word, ["giving", "gave"]) && TokenText.Is(text, next, "way"))
        || (TokenText.Is(text, word, "killing") && TokenText.Is(text, next, "me"))
        || (TokenText.Is(text, word, "red") && TokenText.Is(text, next, "raw"));

    private static bool IsSymptomWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int body, int k) =>
        TokenText.IsAny(text, tokens[k], SymptomWords)
        && (!TokenText.IsAny(text, tokens[k], MeasureWords) || TokenText.IsAny(text, tokens[body], Measured));

    private static bool IsSpaced(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.Gap(text, tokens[k - 1], tokens[k]) is " " or "'";
}
