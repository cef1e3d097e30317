using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// Health plan member ids differ per insurer, so only context finds them: an insurance word
/// ("member id", "policy number", "insurance", "póliza", "mutuelle", "Versicherungsnummer") just
/// before an identifier of 6 to 20 letters and digits.
/// </summary>
internal sealed class HealthPlanIdRecognizer : IRecognizer
{
    private const int MinLength = 6;
    private const int MaxLength = 20;
    private const int ContextTokens = 5;

    /// <summary>Words of other identifiers: "insurance asked for my social", "national insurance number".</summary>
    // NationalInsurance is not here: "insurance" is both; AfterNationalInsurance tells them apart.
    private const ContextKinds OtherIds = ContextKinds.Phone | ContextKinds.Ssn | ContextKinds.TaxId
        | ContextKinds.Passport | ContextKinds.DriverLicense | ContextKinds.Card | ContextKinds.BankAccount | ContextKinds.Iban;

    /// <summary>
    /// Other kinds of insurance, warranty and booking: "home insurance policy HH-3392018", "plan
    /// EW-3Y-88190" after "extended warranty", "Policy HP-50221 (home)", "reserva RC-55102".
    /// </summary>
    private static readonly Personal.WordSet OtherCover = new(
    [
        "auto", "car", "motor", "vehicle", "home", "house", "household", "homeowner", "homeowners", "property", "contents",
        "buildings", "travel", "travelling", "traveling", "trip", "pet", "roadside", "warranty", "renters", "boat",
        "reservation", "booking", "flight", "coche", "hogar", "vivienda", "viaje", "reserva", "voiture", "habitation",
        "voyage", "réservation", "kfz", "hausrat", "reise", "haftpflicht", "wohngebäude", "buchung",
        "vin", "plate", "registration", "matrícula", "matricula", "kennzeichen", "pipe", "plumber", "leak", "flood", "roof",
        "burglary", "theft", "stolen", "dog", "puppy", "kitten", "vet", "bumper", "windscreen", "windshield", "gym", "gyms",
        "fitness",
    ]);

    /// <summary>
    /// Kinds of other cover that, named before "insurance", "cover" or "policy" anywhere in a message
    /// without health words, say the id is theirs: "pet insurance question ... policy PET-2281047".
    /// Not bookings, flights or trips (a health plan is asked about before travelling).
    /// </summary>
    private static readonly Personal.WordSet FarOtherCover = new(
    [
        "auto", "car", "motor", "vehicle", "home", "house", "household", "homeowner", "homeowners", "property", "contents",
        "buildings", "pet", "roadside", "renters", "boat", "coche", "hogar", "vivienda", "voiture", "habitation", "kfz",
        "hausrat", "haftpflicht", "wohngebäude", "pipe", "plumber", "leak", "flood", "roof", "burglary", "theft", "stolen",
        "dog", "puppy", "kitten", "vet", "bumper", "windscreen", "windshield",
    ]);

    /// <summary>
    /// What only other cover pays for, or another membership is for: "burst pipe ... policy
    /// HM-4402817", "FlexFit Gyms ... member ID FF-0092371".
    /// </summary>
    private static readonly Personal.WordSet DamageWords = new(
    [
        "pipe", "plumber", "leak", "burglary", "theft", "windscreen", "windshield", "roadside", "vet", "gym", "gyms", "fitness",
    ]);

    /// <summary>Insurance words that any kind of cover uses.</summary>
    private static readonly Personal.WordSet GenericCoverWords = new(
    [
        "insurance", "insurer", "insured", "policy", "plan", "group", "coverage", "póliza", "poliza", "seguro", "aseguradora",
        "assurance", "assuré", "versicherung", "versicherungsnummer",
    ]);

    /// <summary>How far (tokens) other cover named elsewhere in a message without health words still decides.</summary>
    private const int FarCoverTokens = 40;

    public string Id => "health.plan-id";

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.HealthPlanId];

    public void Recognize(ScanContext context)
    {
        if (context.DigitCount < 3)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var resume = 0; // first token after the last value read
        CandidateBlock? terms = null; // the health dictionary's findings, when other cover is named far off
        foreach (var digitToken in context.DigitTokens)
        {
            var i = digitToken.Index;
            if (i < resume)
            {
                continue;
            }

            // An id may start with letters glued by a hyphen to the digits ("XYZ-123456789").
            var first = IdentifierValue.StartWithPrefix(text, tokens, i);

            // Without an insurance word in the tokens before, no value here is reported: pass over it.
            if ((context.KindsOfTokensBefore(first, ContextTokens) & ContextKinds.HealthPlan) == 0)
            {
                resume = Math.Max(IdentifierValue.End(text, tokens, first), i) + 1;
                continue;
            }

            var last = IdentifierValue.Read(text, tokens, first, out var digits, out var letters, out _);

            // Right after a plan's label an id may be written in spaced groups: "member ID UHX 5510 2847
            // 01", "numéro d'adhérent 7731 0925 44".
            if (first == last && SpacedGroups(context, ref first, ref last, ref digits, ref letters))
            {
                i = Math.Max(i, first);
            }

            var start = tokens[first].Start;
            var end = tokens[last].End;
            var length = digits + letters;
            var next = Math.Max(last, i); // never back: a glued prefix makes first = i - 1
            if (length is < MinLength or > MaxLength || digits < 3 || (letters == 0 && digits < 6)
                || IdentifierValue.LooksLikeDate(tokens, first, last) || IdentifierValue.LooksLikeYearRange(text, tokens, first, last)
                || IdentifierValue.LooksLikePhone(tokens, first, last) || IdentifierValue.IsEmbedded(text, start, end)
                || Personal.TokenText.IsAnyAt(text, tokens, first - 1, ["bin", "rxbin", "pcn", "rxpcn"]) // a pharmacy's routing number on the card, the same for every member
                || (first < i && IdentifierValue.IsLongerCode(text, start)))
            {
                resume = next + 1;
                continue;
            }

            var kinds = context.ContextBefore(start, ContextTokens);
            if ((kinds & ContextKinds.Card) != 0 && CardsAreInsuranceCards(context, first))
            {
                kinds &= ~ContextKinds.Card; // "my insurance card info: member 63347786783"
            }

            if ((kinds & ContextKinds.HealthPlan) != 0 && (kinds & OtherIds) == 0 && !LooksLikeSsn(tokens, first, last)
                && !AfterNationalInsurance(text, tokens, first) && !OtherCoverNear(context, text, tokens, first, last, kinds, ref terms))
            {
                var score = Scores.PatternWithContext;
                if ((kinds & ContextKinds.Benign) != 0)
                {
                    score -= Scores.BenignContextPenalty;
                }

                context.Add(DataClasses.HealthPlanId, start, end, score, Id, context: kinds & ContextKinds.HealthPlan);
            }

            resume = next + 1;
        }
    }

    /// <summary>Most groups, and most chars of them, read as one spaced id.</summary>
    private const int MaxSpacedGroups = 5;

    /// <summary>
    /// Widens a one-token value to the spaced groups around it when a plan's label stands right
    /// before it ("member ID UHX 8830 4172"): a prefix of two to four capitals before, and
    /// groups of two to six digits after, each one space apart. Returns false (nothing changed)
    /// without such a label or without a second group.
    /// </summary>
    private static bool SpacedGroups(ScanContext context, ref int first, ref int last, ref int digits, ref int letters)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var from = first;
        if (from > 0 && tokens[from - 1].Is(TokenShape.AllUpper) && !tokens[from - 1].Is(TokenShape.HasDigit) && tokens[from - 1].Length is >= 2 and <= 4
            && Personal.TokenText.Gap(text, tokens[from - 1], tokens[from]) is " " && tokens[from - 1].Context == ContextKinds.None)
        {
            from--; // "UHX 5510 2847 01"
        }

        if (!LabelledRightBefore(context, from))
        {
            return false;
        }

        var to = last;
        while (to + 1 < tokens.Length && to - from + 1 < MaxSpacedGroups && Personal.TokenText.Gap(text, tokens[to], tokens[to + 1]) is " "
            && tokens[to + 1].Is(TokenShape.AllDigits) && tokens[to + 1].Length is >= 2 and <= 6
            && tokens[to + 1].End - tokens[from].Start <= IdentifierValue.MaxLength)
        {
            to++;
        }

        // The last group must end the value: "UHX 8830 4172, surgeon's NPI ..." is one; "member 5510 2847 01abc" is not read.
        if (to == from || (to + 1 < tokens.Length && tokens[to + 1].Start == tokens[to].End))
        {
            return false;
        }

        digits = 0;
        letters = 0;
        for (var k = from; k <= to; k++)
        {
            foreach (var c in text.Slice(tokens[k].Start, tokens[k].Length))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                }
            }
        }

        (first, last) = (from, to);
        return true;
    }

    /// <summary>
    /// A plan's label right before token <paramref name="index"/>: a plan word, perhaps with a number
    /// or id word after it and "is", with only ':', '.', '#' and spaces between ("Member no.:",
    /// "member ID", "numéro d'adhérent", "my member number is"; "membership" is no plan word).
    /// </summary>
    private static bool LabelledRightBefore(ScanContext context, int index)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var k = index - 1;
        if (k >= 0 && Personal.TokenText.IsAny(text, tokens[k], ["is", "es", "est"]))
        {
            k--;
        }

        if (k < 0 || !text[tokens[k].End..tokens[k + 1].Start].Trim(" :.#").IsEmpty)
        {
            return false;
        }

        if ((tokens[k].Context & (ContextKinds.Number | ContextKinds.Identity)) != 0 && k > 0)
        {
            k--; // "member ID", "Membership no", "numéro d'adhérent" (read from the end: "adhérent" is the plan word)
        }

        // A plan's own word: "plan", "policy" or "insurance" alone label other numbers too ("My meal plan: 500 1000 1500").
        var word = (tokens[k].Context & ContextKinds.HealthPlan) != 0 ? k
            : k + 1 < index && (tokens[k + 1].Context & ContextKinds.HealthPlan) != 0 ? k + 1 : -1;
        return word >= 0 && !Personal.TokenText.IsAny(text, tokens[word], GenericCoverWords);
    }

    /// <summary>
    /// Every card word among the tokens before token <paramref name="first"/> follows an insurance or
    /// health word ("insurance card", "health card", "member card"): a card of the plan, not a payment card.
    /// </summary>
    private static bool CardsAreInsuranceCards(ScanContext context, int first)
    {
        var tokens = context.Tokens;
        for (var k = Math.Max(0, first - ContextTokens); k < first; k++)
        {
            if ((tokens[k].Context & ContextKinds.Card) != 0 && tokens[first].Start - tokens[k].Start <= ScanContext.MaxContextDistance
                && (k == 0 || (tokens[k - 1].Context & (ContextKinds.HealthPlan | ContextKinds.Medical)) == 0
                    || Personal.TokenText.Gap(context.Text, tokens[k - 1], tokens[k]) is not " "))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when another kind of cover is named in the six tokens before or the one after, and nothing medical is.</summary>
    private static bool OtherCoverNear(ScanContext context, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, ContextKinds kinds,
        ref CandidateBlock? terms)
    {
        if ((kinds & ContextKinds.Medical) != 0)
        {
            return false;
        }

        // "Aetna member ID ... for my trip", "Krankenkasse Mitgliedsnummer ...": a word that only a
        // health plan uses settles it; only generic words ("policy", "plan", "insurance") can be about other cover.
        for (var k = Math.Max(0, first - ContextTokens); k < first; k++)
        {
            // ... unless other cover names it right before: "gym member ID", "my FlexFit Gyms member ID".
            if ((tokens[k].Context & ContextKinds.HealthPlan) != 0 && !Personal.TokenText.IsAny(text, tokens[k], GenericCoverWords)
                && !(k > 0 && Personal.TokenText.IsAny(text, tokens[k - 1], OtherCover)))
            {
                return false;
            }
        }

        // Only generic words: other cover named just before or after ("home insurance policy
        // HH-3392018", "VIN ..., policy PA-77104829-01") settles it. Farther words may be about
        // anything ("my policy number is HLT88229911 — the leak in my kitchen caused a fall").
        for (var k = Math.Max(0, first - 6); k < tokens.Length && k <= last + 1; k++)
        {
            if ((k < first || k > last) && Personal.TokenText.IsAny(text, tokens[k], OtherCover))
            {
                return true;
            }
        }

        // Farther off, other cover decides only when nothing near is about health (no medical word,
        // no one's body part, no health term found): "burst pipe under the kitchen sink, water everywhere, policy HM-4402817".
        var from = Math.Max(0, first - FarCoverTokens);
        var to = Math.Min(tokens.Length, last + 1 + FarCoverTokens);
        var otherCover = false;
        for (var k = from; k < to; k++)
        {
            if ((tokens[k].Context & ContextKinds.Medical) != 0
                || (Personal.TokenText.IsAnyAt(text, tokens, k - 1, ["my", "his", "her", "their", "your"])
                    && (((tokens[k].Flags & WordFlags.BodyPart) != 0 && !FeverTemperature.IsTemp(text, tokens[k]))
                        || Personal.TokenText.IsAny(text, tokens[k], HealthTermRecognizer.BodyParts))))
            {
                return false; // a medical word, or "broke my wrist" (not "their temp fix")
            }

            // A kind of cover ("home insurance", "pet policy") or damage only other cover pays for.
            otherCover |= (k < first || k > last)
                && ((Personal.TokenText.IsAny(text, tokens[k], FarOtherCover)
                        && Personal.TokenText.IsAnyAt(text, tokens, k + 1, ["insurance", "insurer", "cover", "policy", "assistance", "claim", "seguro", "assurance", "versicherung"]))
                    || Personal.TokenText.IsAny(text, tokens[k], DamageWords));
        }

        if (!otherCover)
        {
            return false;
        }

        // The health dictionary (which runs before) lies together in text order: found once, then searched.
        terms ??= CandidateBlock.Of(context, HealthTermRecognizer.RecognizerId);
        return !terms.Value.Overlaps(context, tokens[from].Start, tokens[to - 1].End);
    }

    private static bool LooksLikeSsn(ReadOnlySpan<Token> tokens, int first, int last) =>
        last - first == 2 && tokens[first].Length == 3 && tokens[first + 1].Length == 2 && tokens[last].Length == 4
        && tokens[first].Is(TokenShape.AllDigits) && tokens[first + 1].Is(TokenShape.AllDigits) && tokens[last].Is(TokenShape.AllDigits);

    /// <summary>True when "national insurance" (the UK NINO) stands in the few tokens before the value.</summary>
    private static bool AfterNationalInsurance(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var k = Math.Max(1, first - 5); k < first; k++)
        {
            if (Personal.TokenText.Is(text, tokens[k], "insurance")
                && Personal.TokenText.Is(text, tokens[k - 1], "national"))
            {
                return true;
            }
        }

        return false;
    }
}
