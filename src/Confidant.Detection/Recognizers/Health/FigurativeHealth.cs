using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Health words used as idioms: "what a headache", "your website gave me a headache", "fever
/// pitch", "I nearly had a heart attack when I saw the bill", "cough up £40". A headache is read as
/// a nuisance only when nothing medical comes before it in the sentence ("the new pills gave me a
/// headache", "my main symptom is a headache" stay symptoms) and no health term or taken thing
/// follows in the sentence ("is it a headache or a migraine", "since I started the new tablets").
/// </summary>
internal static class FigurativeHealth
{
    private const int Lookback = 8;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;!?¿");

    /// <summary>Words that may stand between "a" and the term: "a real headache", "a massive headache".</summary>
    private static readonly string[] Intensifiers =
        ["real", "total", "massive", "huge", "big", "major", "proper", "complete", "absolute", "right", "serious", "whole", "new"];

    /// <summary>Everyday health words for what someone takes: "the new pills gave me a headache" is a symptom.</summary>
    private static readonly string[] TakenThings =
    [
        "pill", "pills", "tablet", "tablets", "drug", "drugs", "dose", "jab", "shot", "shots", "vitamin", "alcohol", "heat",
        "smell", "fumes", "paint", "noise", "light", "lights", "screen", "sun", "caffeine", "coffee", "wine", "glasses", "lenses",
        "pastilla", "pastillas", "medicamento", "medicamentos", "comprimidos", "comprimés", "comprimes", "cachets", "médicament",
        "médicaments", "medicament", "medicaments", "tabletten", "tablette", "medikament", "medikamente", "pillen",
        "écran", "ecran", "pantalla", "bildschirm", "luminosité", "brillo", "helligkeit",
    ];

    /// <summary>"gave me a headache" in Spanish, French and German: "me da dolor de cabeza", "me donne mal à la tête", "macht mir Kopfschmerzen".</summary>
    private static readonly string[] ForeignGiveVerbs =
        ["da", "dio", "dan", "daba", "dado", "dando", "donne", "donnent", "donné", "donnait", "bereitet", "bereiten", "bereitete", "macht", "machen", "machte"];

    /// <summary>Words between the verb and the term: "me da un dolor de cabeza", "bereitet mir echt Kopfschmerzen".</summary>
    private static readonly string[] ForeignFillers = ["un", "una", "du", "echt", "so", "richtig", "total", "voll", "ganz", "nur", "mucho", "tanto"];

    /// <summary>Terms that the foreign idiom uses: a nuisance, "ça me donne mal à la tête".</summary>
    private static readonly string[] ForeignHeadaches = ["dolor", "mal", "kopfschmerzen", "kopfweh"];

    /// <summary>
    /// What gives a customer a headache as a nuisance: a website, an app, a form, a procedure
    /// ("esta web", "votre site", "diese App", "ce formulaire"). Noise, heat, wine and new glasses
    /// give real ones.
    /// </summary>
    private static readonly string[] NuisanceThings =
    [
        "web", "página", "pagina", "app", "aplicación", "aplicacion", "formulario", "trámite", "tramite", "proceso", "sistema",
        "site", "appli", "application", "formulaire", "page", "procédure", "procedure", "système", "systeme", "démarche",
        "seite", "webseite", "website", "formular", "prozess", "antrag", "verfahren", "anwendung", "system", "portal", "portail",
        "plataforma", "plateforme", "plattform", "banca", "banque", "bank", "factura", "facture", "rechnung", "papeleo", "papierkram",
    ];

    private static readonly string[] GiveVerbs = ["gave", "give", "gives", "giving", "given"];

    private static readonly string[] BeVerbs = ["is", "was", "s", "been", "be", "are", "were", "becoming", "become"];

    /// <summary>
    /// True when the term at tokens <paramref name="first"/>..<paramref name="last"/> is used as an
    /// idiom: a nuisance ("what a headache", "este trámite es un dolor de cabeza"), excitement
    /// ("fever pitch", "a fever dream", "la fièvre du shopping"), a shock ("I nearly had a heart
    /// attack when I saw the bill") or paying up ("I had to cough up £40"), or the tonic Fever-Tree.
    /// </summary>
    public static bool IsFigurative(WordLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (first == last && TokenText.IsAnyAt(text, tokens, first, ["fever", "fièvre", "fiebre"]))
        {
            // "fever pitch", "fever dream", "Fever-Tree"; "la fièvre du shopping", "la fiebre del oro".
            return TokenText.IsAnyAt(text, tokens, first + 1, ["pitch", "dream", "dreams", "tree"])
                || (TokenText.IsAnyAt(text, tokens, first + 1, ["du", "des", "del", "de"])
                    && TokenText.IsAnyAt(text, tokens, first + 2, ["shopping", "samedi", "soldes", "achats", "compras", "rebajas", "oro"]));
        }

        if (first == last && TokenText.IsAnyAt(text, tokens, first, ["cough", "coughed", "coughing"]))
        {
            // "cough up £40", "coughed up 200 quid": money, not phlegm ("coughing up more blood").
            return TokenText.IsAt(text, tokens, first + 1, "up") && first + 2 < tokens.Length
                && (TokenText.Gap(text, tokens[first + 1], tokens[first + 2]).IndexOfAny("$£€") >= 0
                    || TokenText.IsAnyAt(text, tokens, first + 2, ["cash", "money", "dosh"])
                    || (tokens[first + 2].Is(TokenShape.HasDigit) && TokenText.IsAnyAt(text, tokens, first + 3, ["quid", "pounds", "dollars", "bucks", "euros", "grand", "k"])));
        }

        if (last == first + 1 && TokenText.IsAt(text, tokens, first, "heart") && TokenText.IsAnyAt(text, tokens, last, ["attack", "attacks"]))
        {
            // "I nearly had a heart attack", "you almost gave me a heart attack": the speaker's shock.
            // Said of anyone else ("my dad nearly had a heart attack last year") it is their health.
            var a = first - 1;
            var nearly = TokenText.IsAnyAt(text, tokens, a - 2, ["nearly", "almost", "practically"]) ? a - 2 : -1;
            var gave = TokenText.IsAt(text, tokens, a - 1, "me") && TokenText.IsAnyAt(text, tokens, a - 2, ["gave", "give", "giving"]);
            var speaker = (nearly > 0 && TokenText.IsAnyAt(text, tokens, a - 1, ["had", "have"]) && TokenText.IsAnyAt(text, tokens, nearly - 1, ["i", "ve"]))
                || (gave && TokenText.IsAnyAt(text, tokens, a - 3, ["nearly", "almost", "practically"]));
            return TokenText.IsAt(text, tokens, a, "a") && speaker && !MedicalBefore(lexicon, text, tokens, a - 2) && !MedicalAfter(lexicon, text, tokens, last);
        }

        if (TokenText.IsAnyAt(text, tokens, first, ForeignHeadaches) && IsHeadacheTerm(text, tokens, first, last)
            && IsForeignGiveMe(text, tokens, first, out var verb) && NuisanceBefore(text, tokens, verb))
        {
            // "esta web me da dolor de cabeza", "votre site me donne mal à la tête", "diese App bereitet
            // mir Kopfschmerzen"; not "las pastillas me dan dolor de cabeza".
            return !MedicalBefore(lexicon, text, tokens, verb - 1) && !MedicalAfter(lexicon, text, tokens, last, contextWords: false);
        }

        if (last == first + 2 && TokenText.IsAt(text, tokens, first, "dolor") && TokenText.IsAt(text, tokens, last, "cabeza"))
        {
            // "este trámite es un dolor de cabeza, ¿dónde ...": a nuisance, said of a thing, ending the clause
            // ("mi problema es un dolor de cabeza constante" is a symptom).
            return TokenText.IsAt(text, tokens, first - 1, "un") && TokenText.IsAnyAt(text, tokens, first - 2, ["es", "fue", "era", "ser", "sido", "está"])
                && !TokenText.IsAnyAt(text, tokens, first - 3, ["problema", "síntoma", "sintoma", "molestia", "dolor"])
                && (last + 1 == tokens.Length || TokenText.Gap(text, tokens[last], tokens[last + 1]).IndexOfAny(ClauseEnds) >= 0)
                && !MedicalBefore(lexicon, text, tokens, first - 2);
        }

        var index = first;
        if (first != last || !TokenText.IsAnyAt(text, tokens, index, ["headache", "headaches"]))
        {
            return false;
        }

        var k = index - 1;
        while (TokenText.IsAnyAt(text, tokens, k, Intensifiers) && index - k < 4)
        {
            k--;
        }

        if (!TokenText.IsAt(text, tokens, k, "a"))
        {
            return false;
        }

        // "what a headache" / "gave me (such) a headache" / "it's a headache": the idiom's frames.
        var before = TokenText.IsAt(text, tokens, k - 1, "such") ? k - 2 : k - 1;
        var idiom = TokenText.IsAt(text, tokens, before, "what")
            || (TokenText.IsAt(text, tokens, before, "me") && TokenText.IsAnyAt(text, tokens, before - 1, GiveVerbs))
            || TokenText.IsAnyAt(text, tokens, before, BeVerbs);

        // "it was a headache again", "since I started the new tablets": a symptom that comes back or has a cause.
        return idiom && !MedicalBefore(lexicon, text, tokens, before)
            && !TokenText.IsAnyAt(text, tokens, index + 1, ["again", "every", "all"]) && !MedicalAfter(lexicon, text, tokens, index, contextWords: false);
    }

    /// <summary>"dolor de cabeza", "mal à la tête", "mal de tête", "Kopfschmerzen", "Kopfweh": a headache, not "dolor de espalda" or "mal au dos".</summary>
    private static bool IsHeadacheTerm(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        TokenText.IsAnyAt(text, tokens, first, ["kopfschmerzen", "kopfweh"])
        || TokenText.IsAnyAt(text, tokens, last, ["cabeza", "tête", "tete"]);

    /// <summary>A nuisance thing (<see cref="NuisanceThings"/>) within four tokens before the verb: "esta web me da", "Diese App bereitet mir".</summary>
    private static bool NuisanceBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= 4; k--)
        {
            if (TokenText.IsAnyAt(text, tokens, k, NuisanceThings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "me da (un) dolor", "me donne mal", "m'a donné mal", "bereitet mir (echt) Kopfschmerzen": the
    /// term after a give verb and "me"/"mir". <paramref name="verb"/> is the verb's token.
    /// </summary>
    private static bool IsForeignGiveMe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, out int verb)
    {
        var k = first - 1;
        while (k > 0 && first - k <= 2 && TokenText.IsAnyAt(text, tokens, k, ForeignFillers))
        {
            k--;
        }

        verb = k;
        if (TokenText.IsAt(text, tokens, k, "mir"))
        {
            verb = k - 1; // German: the verb before "mir"
            return TokenText.IsAnyAt(text, tokens, verb, ForeignGiveVerbs);
        }

        if (!TokenText.IsAnyAt(text, tokens, k, ForeignGiveVerbs))
        {
            return false;
        }

        // "me da", "me donne", "m'a donné", "me ha dado", "me está dando"
        return TokenText.IsAt(text, tokens, k - 1, "me")
            || (TokenText.IsAnyAt(text, tokens, k - 1, ["a", "ha", "est", "está", "esta"]) && TokenText.IsAnyAt(text, tokens, k - 2, ["m", "me"]));
    }

    /// <summary>A health term or medical word within <see cref="Lookback"/> tokens before, in the same sentence.</summary>
    private static bool MedicalBefore(WordLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i >= 0 && from - i < Lookback; i--)
        {
            if ((tokens[i].Context & ContextKinds.Medical) != 0 || IsHealthWord(lexicon, text, tokens, i))
            {
                return true;
            }

            if (i > 0 && EndsSentence(TokenText.Gap(text, tokens[i - 1], tokens[i])))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// A medical word (when <paramref name="contextWords"/>) or a health term later in the same
    /// sentence: "he nearly had a heart attack, the doctor said", "a headache since the new
    /// tablets", "is it a headache or a migraine".
    /// </summary>
    private static bool MedicalAfter(WordLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, bool contextWords = true)
    {
        for (var i = from + 1; i < tokens.Length && i - from <= Lookback; i++)
        {
            if (EndsSentence(TokenText.Gap(text, tokens[i - 1], tokens[i])))
            {
                break;
            }

            if ((contextWords && (tokens[i].Context & ContextKinds.Medical) != 0) || IsHealthWord(lexicon, text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A health term that starts at token <paramref name="i"/> and is no everyday word ("migraine",
    /// "ibuprofen", "blurred vision"; not "water", "check" or the "change" of "where do I change the
    /// slot", which only starts "change in bowel habits"), or an everyday word for something taken
    /// that can cause a headache ("pills").
    /// </summary>
    private static bool IsHealthWord(WordLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        ref readonly var token = ref tokens[i];
        if (TokenText.IsAny(text, token, TakenThings))
        {
            return true;
        }

        return (token.Flags & WordFlags.HealthTerm) != 0 && token.Entry >= 0 && !HealthTermRecognizer.IsEverydayWord(text, token)
            && HealthTermRecognizer.MatchAt(lexicon, text, tokens, i, out _) >= 0;
    }

    private static bool EndsSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?\n") >= 0;
}
