using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// "temp" or "temperature" said as a person's fever: a reading in the fever range after it ("the
/// baby has a temp of 39", "white spots on my tonsils, temp 38.6", "his temperature was 101.3F")
/// where a person or a medical word comes shortly before, or a person having one ("my 3 yo has
/// had a temperature since last night", "she's running a bit of a temp"). Not the temperature of
/// rooms, washes, weather, devices or food ("set the thermostat temp to 38", "CPU temp hit 105",
/// "wash at a temp of 40"), a temp worker or a temporary thing ("I got a temp position", "temp 38
/// hours a week", "I have a temp licence"), a normal reading ("temp 36.8"), nor a number that is
/// no reading ("40,000 a year", "0038", "C:\Temp\38.csv", "temp=40").
/// </summary>
internal static class FeverTemperature
{
    private static readonly WordSet Words = new(["temp", "temperature"]);

    /// <summary>Words between the temperature word and its reading: "temp of 39", "temperature was 38.5", "temp is at 38".</summary>
    private static readonly WordSet BeforeReading = new(["of", "is", "was", "s", "at", "around", "about", "over", "nearly", "up", "to", "hit", "still", "reached"]);

    /// <summary>Verbs of having a fever: "has a temperature", "running a temperature", "spiked a temp".</summary>
    private static readonly WordSet Having = new(["has", "had", "have", "got", "running", "run", "runs", "ran", "developed", "spiked", "spiking"]);

    /// <summary>What may stand between the verb and the word: "a", "a bit of a", "a slight", "a high".</summary>
    private static readonly WordSet Degrees = new(["a", "bit", "of", "slight", "high", "raised", "low", "grade", "mild", "little", "very"]);

    /// <summary>Who has a fever: the speaker, a pronoun, a relative or a patient ("my 3 yo", "the little one").</summary>
    private static readonly WordSet People = new(
    [
        "i", "ive", "im", "he", "she", "hes", "shes", "baby", "son", "daughter", "kid", "child", "toddler", "boy", "girl", "mum", "mom",
        "dad", "husband", "wife", "partner", "mother", "father", "nan", "gran", "grandma", "grandad", "grandpa", "brother", "sister",
        "patient", "yo", "one", "twins", "infant", "newborn", "grandson", "granddaughter", "niece", "nephew",
    ]);

    /// <summary>Words of a reading's sentence that are people's or medical: "my", "she", "baby", "HR", "O/E", "obs", "fever".</summary>
    private static readonly WordSet PeopleAndClinic = new(
    [
        "my", "his", "her", "their", "i", "he", "she", "hes", "shes", "baby", "son", "daughter", "kid", "child", "toddler", "mum",
        "mom", "dad", "husband", "wife", "partner", "patient", "hr", "bp", "pulse", "obs", "sats", "spo2", "rr", "fever", "feverish",
        "e", "ex", "examination", "tonsils", "throat", "cough", "rash", "vomiting", "sick", "unwell", "ill",
    ]);

    /// <summary>Things that have temperatures: a temperature word near one is theirs ("the hot tub temp", "CPU temp", "wash at a temp of 40").</summary>
    private static readonly WordSet Things = new(
    [
        "room", "rooms", "water", "oven", "fridge", "freezer", "outside", "air", "thermostat", "pool", "tub", "bath", "wash", "washing",
        "cpu", "gpu", "battery", "engine", "car", "milk", "bottle", "weather", "storage", "shipping", "house", "home", "office", "heating",
        "boiler", "tank", "laptop", "phone", "device", "server", "coffee", "food", "drink", "core", "set", "cycle", "dryer", "machine",
        "hot", "cold", "normal", "max", "min", "maximum", "minimum", "average", "ambient", "sea", "ground", "grill", "meat", "cooking",
        "alert", "alerts", "warning", "sensor", "sensors", "log", "logger", "check", "control", "setting", "settings", "gauge",
        "probe", "light", "display", "fault", "error", "issue", "problem", "dial", "rating", "range", "staff", "worker", "workers",
        "job", "jobs", "agency", "contract", "role", "position", "password", "pin", "card", "licence", "license", "number", "id",
        "badge", "visa", "pass", "file", "files", "folder", "manager", "cover", "fix", "accommodation", "hours", "hrs", "days", "weeks",
    ]);

    /// <summary>What may follow a fever reading or "a temperature": a unit, the end of the clause, a time or the next symptom.</summary>
    private static readonly WordSet AfterFever = new(
    [
        "c", "f", "degrees", "deg", "celsius", "fahrenheit", "and", "since", "last", "this", "today", "tonight", "yesterday",
        "overnight", "now", "all", "again", "still", "but", "so", "with", "despite", "even", "on", "at", "for", "in", "after",
        "earlier", "which", "that", "plus", "or",
    ]);

    private static readonly System.Buffers.SearchValues<char> NotInAReading = System.Buffers.SearchValues.Create(",;!?()\n.=\\/");

    /// <summary>True when <paramref name="token"/> is "temp", which is also a temporary worker or thing.</summary>
    public static bool IsTemp(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 4 && text.Slice(token.Start, 4).Equals("temp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Tokens before the word read for a person's or a medical word.</summary>
    private const int LookBack = 8;

    /// <summary>True when token <paramref name="i"/> is "temp" or "temperature" said as a fever.</summary>
    public static bool IsFever(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ScanContext context)
    {
        // Most anchors asked about are parts of the body: two char tests turn them away before the lookup.
        if (tokens[i].Length is not (4 or 11) || (text[tokens[i].Start] | 0x20) != 't' || !TokenText.IsAny(text, tokens[i], Words)
            || (i + 1 < tokens.Length && TokenText.IsAny(text, tokens[i + 1], Things)) || ThingBefore(text, tokens, i))
        {
            return false;
        }

        var k = i + 1;
        while (k < tokens.Length && k <= i + 3 && TokenText.IsAny(text, tokens[k], BeforeReading))
        {
            k++;
        }

        if (k < tokens.Length && tokens[k].Is(TokenShape.AllDigits) && !text[tokens[i].End..tokens[k].Start].ContainsAny(NotInAReading))
        {
            return IsFeverReading(text, tokens[k].Start) && SaidOfAPerson(text, tokens, i, context);
        }

        // No reading: someone has one ("has a temperature", "running a bit of a temp").
        var v = i - 1;
        while (v >= 0 && v >= i - 5 && TokenText.IsAny(text, tokens[v], Degrees))
        {
            v--;
        }

        if (v < 0 || v == i - 1 || !TokenText.IsAt(text, tokens, v + 1, "a") || !TokenText.IsAny(text, tokens[v], Having) || !EndsHere(text, tokens, i))
        {
            return false;
        }

        // Someone is the subject: right before the verb and its auxiliaries, or earlier in the
        // clause ("she keeps tugging her ear and has a bit of a temperature").
        for (var subject = v - 1; subject >= 0 && subject >= v - 6; subject--)
        {
            if (TokenText.IsAny(text, tokens[subject], People))
            {
                return true;
            }

            if (TokenText.Gap(text, tokens[subject], tokens[subject + 1]).ContainsAny(NotInAReading))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A thing's word among the five tokens before: "the hot tub temp", "wash it at a temp of 40", "the room's temp".</summary>
    private static bool ThingBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5; k--)
        {
            if (TokenText.IsAny(text, tokens[k], Things))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's or a medical word among the <see cref="LookBack"/> tokens before or the five after, or a medical context word near.</summary>
    private static bool SaidOfAPerson(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ScanContext context)
    {
        // After it too: a clinical note's other observations ("Temp 38.9, HR 110").
        for (var k = Math.Max(0, i - LookBack); k < tokens.Length && k <= i + 5; k++)
        {
            if (k != i && TokenText.IsAny(text, tokens[k], PeopleAndClinic))
            {
                return true;
            }
        }

        return (context.ContextAround(tokens[i].Start, tokens[i].End, LookBack, 2) & ContextKinds.Medical) != 0;
    }

    /// <summary>Nothing after the word makes it a thing: the clause ends, or a time, a unit or the next symptom follows.</summary>
    private static bool EndsHere(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last) =>
        last + 1 >= tokens.Length || TokenText.Gap(text, tokens[last], tokens[last + 1]).ContainsAny(NotInAReading)
        || TokenText.IsAny(text, tokens[last + 1], AfterFever);

    /// <summary>
    /// The number at <paramref name="start"/> is a fever: 37.5-43 degrees, or 99.5-108 when written
    /// in Fahrenheit ("101.3F", "102 degrees F"), with no leading zero, no thousands ("40,000") and
    /// no word after it that makes it something else ("38 hours a week", "38yo").
    /// </summary>
    private static bool IsFeverReading(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        var tenths = 0;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            tenths = (tenths * 10) + (text[p++] - '0');
        }

        if (text[start] == '0' || p - start > 3)
        {
            return false;
        }

        tenths *= 10;
        if (p + 1 < text.Length && text[p] is '.' or ',' && char.IsAsciiDigit(text[p + 1]))
        {
            tenths += text[p + 1] - '0';
            var decimals = p + 1;
            p = decimals;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            if (p - decimals > 2)
            {
                return false; // three after a comma are thousands: "40,000 a year"
            }
        }

        // The unit or the word after: glued ("38C", "101.3F"), after a degree sign, or after a space.
        if (p < text.Length && text[p] == '°')
        {
            p++;
        }

        var wordStart = p < text.Length && text[p] == ' ' ? p + 1 : p;
        var word = WordAt(text, wordStart);
        var fahrenheit = false;
        if (word.Equals("degrees", StringComparison.OrdinalIgnoreCase) || word.Equals("deg", StringComparison.OrdinalIgnoreCase))
        {
            var afterDegrees = wordStart + word.Length;
            word = WordAt(text, afterDegrees < text.Length && text[afterDegrees] == ' ' ? afterDegrees + 1 : afterDegrees);
            fahrenheit = word.Equals("f", StringComparison.OrdinalIgnoreCase) || word.Equals("fahrenheit", StringComparison.OrdinalIgnoreCase);
        }
        else if (word.Equals("f", StringComparison.OrdinalIgnoreCase) || word.Equals("fahrenheit", StringComparison.OrdinalIgnoreCase))
        {
            fahrenheit = true;
        }
        else if (!word.IsEmpty && !AfterFever.Contains(word))
        {
            return false; // "temp 38 hours a week", "temp 40 guests"
        }

        return fahrenheit ? tenths is >= 995 and <= 1080 : tenths is >= 375 and <= 430;
    }

    /// <summary>The letters at <paramref name="position"/> (empty when a letter does not start there).</summary>
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[Math.Min(position, text.Length)..end];
    }
}
