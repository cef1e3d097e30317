namespace Confidant.Detection.Tests;

/// <summary>One default detector shared by the tests of a class (it is immutable and thread-safe).</summary>
public static class Detectors
{
    private static readonly Lazy<SensitiveDataDetector> DefaultInstance = new(() => new SensitiveDataDetector());

    public static SensitiveDataDetector Default => DefaultInstance.Value;

    /// <summary>The class names found in <paramref name="text"/>, with the text each covers.</summary>
    public static IReadOnlyList<(string Class, string Value)> Find(string text, SensitiveDataDetector? detector = null) =>
        [.. (detector ?? Default).Detect(text).Findings.Select(f => (f.Class.Name, text[f.Start..f.End]))];

    /// <summary>The values of class <paramref name="className"/> found in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Values(string text, string className, SensitiveDataDetector? detector = null) =>
        [.. Find(text, detector).Where(f => f.Class == className).Select(f => f.Value)];
}
