using Confidant.Detection.Recognizers.Personal;
using Confidant.Detection.Text;

namespace Confidant.Detection.Recognizers.Health;

/// <summary>
/// An imaging study written as radiology names it: the modality, then the region right after it
/// ("MRI lumbar spine", "CT head", "X-ray right wrist", "CT abdomen/pelvis with IV contrast"). The
/// region belongs to the procedure's name, and it makes a bare "CT", elsewhere Connecticut or a
/// court, a scan. Only the English order is read: "IRM du genou" and "MRI of the knee" keep the
/// modality alone, as most writers mark them.
/// </summary>
internal static class ImagingStudy
{
    /// <summary>Modalities the dictionary names as a procedure on their own ("x-ray" is two tokens).</summary>
    private static readonly string[] Modalities = ["mri", "xray", "ultrasound", "mrt"];

    /// <summary>Regions of the body a study is named by.</summary>
    private static readonly string[] Regions =
    [
        "head", "brain", "skull", "sinuses", "orbits", "face", "neck", "chest", "thorax", "abdomen", "pelvis", "spine",
        "shoulder", "shoulders", "elbow", "wrist", "wrists", "hand", "hands", "finger", "thumb", "hip", "hips", "knee", "knees",
        "ankle", "ankles", "foot", "feet", "toe", "heel", "femur", "tibia", "humerus", "forearm", "leg", "arm", "sacrum",
        "coccyx", "kidneys", "kidney", "liver", "thyroid", "heart", "lungs", "breast", "breasts", "carotids", "kub",
    ];

    /// <summary>Words that narrow a region: "left knee", "lumbar spine", "whole spine".</summary>
    private static readonly string[] Qualifiers =
        ["left", "right", "bilateral", "both", "lt", "rt", "lumbar", "cervical", "thoracic", "lumbosacral", "whole", "upper", "lower"];

    /// <summary>True when tokens first..last are a modality the dictionary found ("MRI", "X-ray", "ultrasound").</summary>
    public static bool IsModality(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        (first == last && TokenText.IsAny(text, tokens[first], Modalities))
        || (last == first + 1 && TokenText.Is(text, tokens[first], "x") && TokenText.Is(text, tokens[last], "ray"));

    /// <summary>True when <paramref name="token"/> is "CT" written in capitals.</summary>
    public static bool IsCt(ReadOnlySpan<char> text, in Token token) =>
        token.Length == 2 && text[token.Start] == 'C' && text[token.Start + 1] == 'T';

    /// <summary>
    /// The region after a bare "CT": as <see cref="RegionEnd"/>, but a region in title case ("CT Head
    /// of Legal", "CT Foot Locker") must end its line or stand before a colon: names of firms and
    /// events after Connecticut's "CT" are written so, a radiology order rarely is.
    /// </summary>
    public static int CtRegionEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int ct, bool medicalNear)
    {
        var end = RegionEnd(text, tokens, ct);
        if (end == ct)
        {
            return ct;
        }

        // Connecticut's "CT" before a word that is also a region ("New Haven CT chest is still in the
        // box", "CT heart and hustle"): without a medical word near, only what a scan is said to do
        // after the region, or the end of its line, makes it a scan.
        var rest = text[tokens[end].End..].TrimStart(' ');
        var next = TokenText.IsAnyAt(text, tokens, end + 1, ScanFollowers);
        if (!medicalNear && !(rest.IsEmpty || rest[0] is ':' or '\n' or ',' or ';' or '.' || next || EndsWithContrast(text, tokens, end)))
        {
            return ct;
        }

        if (!char.IsUpper(text[tokens[ct + 1].Start]) || tokens[ct + 1].Is(TokenShape.AllUpper))
        {
            return end;
        }

        return rest.IsEmpty || rest[0] is ':' or '\n' ? end : ct;
    }

    /// <summary>Words after a bare "CT" and its region that say it is a scan: "CT KUB showed a 4mm stone".</summary>
    private static readonly string[] ScanFollowers =
        ["scan", "scans", "report", "result", "results", "showed", "shows", "booked", "requested", "ordered", "normal", "clear"];

    private static bool EndsWithContrast(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) =>
        TokenText.IsAt(text, tokens, end, "contrast");

    /// <summary>
    /// The last token of the region named right after the modality ending at token <paramref name="last"/>
    /// (one space between them), with its contrast ("with IV contrast"); <paramref name="last"/> when no region follows.
    /// </summary>
    public static int RegionEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        var end = last;
        var k = last + 1;
        while (k < tokens.Length && (k == last + 1 ? Gap(text, tokens, k) is " " : Gap(text, tokens, k) is "/" or " / " or " & "))
        {
            // Up to two qualifiers, each a space before the next word: "left", "lumbar", "right upper".
            var j = k;
            while (j - k < 2 && j + 1 < tokens.Length && TokenText.IsAny(text, tokens[j], Qualifiers) && Gap(text, tokens, j + 1) is " ")
            {
                j++;
            }

            if (!TokenText.IsAny(text, tokens[j], Regions))
            {
                break;
            }

            end = j;
            k = j + 1;

            // "abdomen and pelvis"
            if (TokenText.IsAt(text, tokens, k, "and") && Gap(text, tokens, k) is " " && k + 1 < tokens.Length
                && TokenText.IsAny(text, tokens[k + 1], Regions) && Gap(text, tokens, k + 1) is " ")
            {
                end = k + 1;
                k += 2;
            }
        }

        if (end == last)
        {
            return last;
        }

        // "with contrast", "without IV contrast"
        var c = end + 1;
        if (TokenText.IsAnyAt(text, tokens, c, ["with", "without"]) && Gap(text, tokens, c) is " ")
        {
            var d = TokenText.IsAt(text, tokens, c + 1, "iv") && Gap(text, tokens, c + 1) is " " ? c + 2 : c + 1;
            if (TokenText.IsAt(text, tokens, d, "contrast") && Gap(text, tokens, d) is " ")
            {
                return d;
            }
        }

        // The study's name ends where its line or clause does, or at what is said of it; a noun after
        // the region makes the words a thing's name: "CT head office", "X-ray hand-luggage", "CT Hip
        // Hop Festival", "ultrasound face massager".
        return EndsTheName(text, tokens, end) ? end : last;
    }

    /// <summary>Words that may follow an imaging study's name: what is said of it or done with it.</summary>
    private static readonly string[] Followers =
    [
        "scan", "scans", "report", "result", "results", "showed", "shows", "show", "was", "is", "were", "normal", "clear",
        "booked", "done", "requested", "ordered", "and", "on", "at", "today", "tomorrow", "yesterday", "in", "for", "please",
    ];

    private static bool EndsTheName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        var after = tokens[end].End;
        if (after >= text.Length)
        {
            return true;
        }

        if (text[after] is not ' ')
        {
            return text[after] is not ('-' or '\'' or '\u2019') || after + 1 >= text.Length || !char.IsLetter(text[after + 1]);
        }

        var next = end + 1;
        return next >= tokens.Length || Gap(text, tokens, next) is not " " || TokenText.IsAny(text, tokens[next], Followers)
            || tokens[next].Is(TokenShape.HasDigit);
    }

    private static ReadOnlySpan<char> Gap(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.Gap(text, tokens[k - 1], tokens[k]);
}
