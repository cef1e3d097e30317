namespace Confidant.Detection.Tests.Contact;

/// <summary>Reads the score of one finding, for the tests that check confidence.</summary>
internal static class ContactScores
{
    public static double Of(string text, string className)
    {
        var finding = Detectors.Default.Detect(text).Findings.Single(f => f.Class.Name == className);
        return finding.Score;
    }
}
