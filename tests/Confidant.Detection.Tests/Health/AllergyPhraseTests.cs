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

    // Found by an independent review: medicines taken for allergies, a form's next field, a
    // sentence break inside the phrase, a failed "allergic to" and a substance that is no allergen here.
    [Theory]
    [InlineData("I take cetirizine allergy tablets daily", "cetirizine")]
    [InlineData("She takes Zyrtec allergy every day", "Zyrtec")]
    [InlineData("Claritin allergy 10 mg", "Claritin")]
    [InlineData("Meds: atorvastatin Allergies: none", "atorvastatin")]
    [InlineData("Current meds: metformin 500 mg, aspirin Allergies: NKDA", "aspirin")]
    [InlineData("Meds: ibuprofen allergies none known", "ibuprofen")]
    [InlineData("She is on sertraline allergic to nothing", "sertraline")]
    [InlineData("allergic. To codeine I say yes", "codeine")]
    [InlineData("Are you allergic? To codeine yes", "codeine")]
    public void Scan_MedicineNotNamedAsAnAllergen_StaysAMedication(string text, string medicine)
    {
        Assert.Contains(medicine, Detectors.Values(text, "MEDICATION"));
        Assert.DoesNotContain(Detectors.Values(text, "HEALTH_CONDITION"), v => v.Contains(medicine, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'm allergic to fish puns")]
    [InlineData("in contrast allergy season is mild")]
    public void Scan_SubstanceWordThatIsNoAllergen_IsNoAllergyPhrase(string text) =>
        Assert.DoesNotContain(Detectors.Values(text, "HEALTH_CONDITION"), v => v.Contains(' ', StringComparison.Ordinal));

    [Theory]
    [InlineData("allergic to fish oil", "allergic to fish oil")]
    [InlineData("allergic to contrast dye", "allergic to contrast dye")]
    public void Scan_SubstanceOfTwoWords_IsReadWhole(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "HEALTH_CONDITION"));
}
