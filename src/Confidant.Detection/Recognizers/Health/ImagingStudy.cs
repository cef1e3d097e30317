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

            if (j >= tokens.Length || !TokenText.IsAny(text, tokens[j], Regions))
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
                end = d;
            }
        }

        return end;
    }

    private static ReadOnlySpan<char> Gap(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        TokenText.Gap(text, tokens[k - 1], tokens[k]);
}
