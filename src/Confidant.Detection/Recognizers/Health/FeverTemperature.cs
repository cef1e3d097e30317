using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// "temp" or "temperature" said as a fever: a reading in the fever range after it ("a temp of
/// 39.4", "temp 38.6", "temperature was 101.3F"), or someone having one ("my 3 yo has had a
/// temperature since last night", "she's running a bit of a temperature"). Not "room temperature",
/// "a temperature of 20 in the office", "temp 36.8" (normal), "a temperature alert", "temp staff".
/// </summary>
internal static class FeverTemperature
{
    private static readonly WordSet Words = new(["temp", "temperature"]);

    /// <summary>Words between the temperature word and its reading: "temp of 39", "temperature was 38.5", "temp is at 38".</summary>
    private static readonly WordSet BeforeReading = new(["of", "is", "was", "s", "at", "reading", "around", "about", "over", "nearly", "up", "to", "hit", "still"]);

    /// <summary>Verbs of having a fever: "has a temperature", "running a temperature", "spiked a temp".</summary>
    private static readonly WordSet Having = new(["has", "had", "have", "got", "running", "run", "runs", "ran", "with", "developed", "spiked", "spiking"]);

    /// <summary>What may stand between the verb and the word: "a", "a bit of a", "a slight", "a high".</summary>
    private static readonly WordSet Degrees = new(["a", "bit", "of", "slight", "high", "raised", "low", "grade", "mild", "little", "small", "very"]);

    /// <summary>Nouns after the word that make it a device's or a place's: "a temperature alert", "temp staff".</summary>
    private static readonly WordSet Things = new(
    [
        "alert", "alerts", "warning", "sensor", "sensors", "log", "logs", "check", "checks", "control", "controls", "setting",
        "settings", "gauge", "probe", "light", "display", "fault", "error", "staff", "worker", "workers", "job", "jobs", "agency",
        "contract", "role", "password", "card", "file", "files", "folder", "label", "range", "sensitive",
    ]);

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;!?()\n");

    /// <summary>True when token <paramref name="i"/> is "temp" or "temperature" said as a fever.</summary>
    public static bool IsFever(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        // Most anchors asked about are parts of the body: two char tests turn them away before the lookup.
        if (tokens[i].Length is not (4 or 11) || (text[tokens[i].Start] | 0x20) != 't' || !TokenText.IsAny(text, tokens[i], Words) || (i + 1 < tokens.Length && TokenText.IsAny(text, tokens[i + 1], Things))
            || TokenText.IsAnyAt(text, tokens, i - 1, ["room", "water", "oven", "fridge", "freezer", "normal", "outside", "air"]))
        {
            return false;
        }

        var k = i + 1;
        while (k < tokens.Length && k <= i + 3 && TokenText.IsAny(text, tokens[k], BeforeReading))
        {
            k++;
        }

        if (k < tokens.Length && char.IsAsciiDigit(text[tokens[k].Start]) && !text[tokens[i].End..tokens[k].Start].ContainsAny(ClauseMarks))
        {
            return IsFeverReading(text, tokens[k].Start);
        }

        // No reading: someone has one ("has a temperature", "running a bit of a temp").
        var v = i - 1;
        while (v >= 0 && v >= i - 5 && TokenText.IsAny(text, tokens[v], Degrees))
        {
            v--;
        }

        return v < i - 1 && TokenText.IsAt(text, tokens, v + 1, "a") && v >= 0 && TokenText.IsAny(text, tokens[v], Having);
    }

    /// <summary>A number read at <paramref name="start"/> in the fever range: 37.5-43 (Celsius) or 99.5-108 (Fahrenheit).</summary>
    private static bool IsFeverReading(ReadOnlySpan<char> text, int start)
    {
        var tenths = 0;
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 4)
        {
            tenths = (tenths * 10) + (text[end++] - '0');
        }

        tenths *= 10;
        if (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            tenths += text[end + 1] - '0';
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        return (end >= text.Length || !char.IsAsciiDigit(text[end])) && tenths is >= 375 and <= 430 or >= 995 and <= 1080;
    }
}
