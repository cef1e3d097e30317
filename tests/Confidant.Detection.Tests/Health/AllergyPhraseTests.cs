namespace Confidant.Detection.Tests.Health;

/// <summary>An allergy to something named is one condition, the medicine inside it no medication taken.</summary>
public class AllergyPhraseTests
{
    [Theory]
    [InlineData("And she's allergic to codeine - vomiting - just so it's on file", "allergic to codeine")]
    [InlineData("I have a penicillin allergy and a codeine allergy, please note on my file", "codeine allergy")]
    [InlineData("Mr B was labelled penicillin allergic after developing a rash", "penicillin allergic")]
    [InlineData("Also please note I'm allergic to latex if anyone is doing the injection", "allergic to latex")]
    [InlineData("Allergies: allergic to sulfa (hives)", "allergic to sulfa")]
    [InlineData("my son is allergic to tree nuts", "allergic to tree nuts")]
    public void Scan_AllergyToSomethingNamed_IsOneCondition(string text, string expected)
    {
        Assert.Contains(expected, Detectors.Values(text, "HEALTH_CONDITION"));
        Assert.Empty(Detectors.Values(text, "MEDICATION"));
    }

    [Theory]
    [InlineData("I'm allergic to your customer service lol")]
    [InlineData("Allergies: no known drug allergies")]
    [InlineData("the allergy clinic called about the appointment")]
    public void Scan_AllergyWordNamingNothing_IsNoAllergyPhrase(string text) =>
        Assert.DoesNotContain(Detectors.Values(text, "HEALTH_CONDITION"), v => v.Contains(' ', StringComparison.Ordinal));
}
