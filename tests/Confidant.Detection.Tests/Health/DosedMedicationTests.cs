namespace Confidant.Detection.Tests.Health;

/// <summary>Medicines no dictionary lists, told by the dose after them.</summary>
public class DosedMedicationTests
{
    [Theory]
    [InlineData("Tratamiento al alta: furosemida 40 mg 1-1-0, bisoprolol 2,5 mg", "furosemida")]
    [InlineData("en el desayuno, dapagliflozina 10 mg, apixabán 2,5 mg cada 12 h", "apixabán")]
    [InlineData("Traitement de sortie : enoxaparine 4000 UI/j pendant 10 jours", "enoxaparine")]
    [InlineData("NEW Adcal-D3 1 tab BD, NEW alendronic acid 70 mg weekly", "Adcal-D3")]
    [InlineData("furosemida 40 mg, sacubitrilo/valsartán 24/26 mg cada 12 h", "sacubitrilo/valsartán")]
    [InlineData("Discharge meds: Trimbow 2 puffs BD, salbutamol PRN", "Trimbow")]
    [InlineData("continue Trelegy Ellipta 1 puff daily", "Trelegy Ellipta")]
    [InlineData("is it ok to drink on amoxicilin 500mg? day 3 of 7", "amoxicilin")]
    public void Scan_UnlistedNameBeforeADose_IsAMedication(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "MEDICATION"));

    [Theory]
    [InlineData("HDL 44 mg/dL Triglycerides 185 mg/dL HbA1c 6.1%")]   // laboratory values
    [InlineData("lisdexamfetamine 30 mg plus 20 mg could be issued")]  // a second dose, not a name
    [InlineData("doxycycline 200 mg then 100 mg x 5 days")]
    [InlineData("Xarelto 15 mg 1-0-1 bis 20.03., danach 20 mg 1-0-0")]
    [InlineData("I have Chrome 40 tabs open and it is slow")]          // tabs without how often
    [InlineData("my Elfbar 600 puffs stopped working")]
    [InlineData("Sodium 400 mg per serving")]
    [InlineData("the order was 250 g of coffee and 500 ml of milk")]  // food is sold in grams
    public void Scan_DoseShapedTextThatNamesNoMedicine_IsNotReported(string text) =>
        Assert.DoesNotContain(Detectors.Values(text, "MEDICATION"), v => v is "plus" or "then" or "danach" or "Triglycerides" or "Chrome"
            or "Elfbar" or "Sodium" or "coffee" or "HDL");
}
