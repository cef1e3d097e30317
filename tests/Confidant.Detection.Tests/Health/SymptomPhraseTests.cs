namespace Confidant.Detection.Tests.Health;

/// <summary>Symptoms said as a sentence about the body ("my chest has been tight") and lay symptom words.</summary>
public class SymptomPhraseTests
{
    [Theory]
    [InlineData("hi my chest has been tight since monday", "chest has been tight")]
    [InlineData("his lips look a bit puffy and the ventolin isnt doing much", "lips look a bit puffy")]
    [InlineData("my knee keeps giving way on the stairs", "knee keeps giving way")]
    [InlineData("my gums bleed every time i brush", "gums bleed")]
    [InlineData("his sugar is high again, 19.2 this morning", "sugar is high")]
    [InlineData("my knee is stiff and tender since the flight home", "knee is stiff and tender")]
    [InlineData("my throat is killing me and i cant swallow", "throat is killing me")]
    [InlineData("the appointment is for Emeka, Emeka's throat is sore and he cant swallow", "throat is sore")]
    [InlineData("mein Rücken tut weh seit dem Umzug", "Rücken tut weh")]
    [InlineData("my joints are stiff every morning for about an hour", "joints are stiff")]
    public void Scan_SymptomSaidAsASentence_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("my hands are tied, the manager has to approve it")]
    [InlineData("my back is turned for one minute and the parcel is gone")]
    [InlineData("the back is red and the front is blue, which one do you want")]
    [InlineData("my balance is high this month")]
    [InlineData("the arm of the chair is cracked")]
    [InlineData("my eyes are on the new phone")]
    [InlineData("my face is killing it today lol")]
    [InlineData("my knee is giving me no trouble now")]
    // Found by an independent review: objects, clothing, food, looks and figures of speech.
    [InlineData("the chair's legs are cracked")]
    [InlineData("my phone's back is cracked")]
    [InlineData("the dress fits but the chest is too tight")]
    [InlineData("my shoulders are too tight in this blazer")]
    [InlineData("the ribs were dry and awful")]
    [InlineData("the left ear is crackly on my new earbuds")]
    [InlineData("the joint is weeping under the kitchen sink")]
    [InlineData("Sugar is high in this cereal")]
    [InlineData("I ordered a size M jumper, arms are too tight")]
    [InlineData("my eyes are watering at that price!")]
    [InlineData("my face went bright red when my card got declined")]
    [InlineData("my heart was racing when I saw the overdraft fee")]
    [InlineData("my knees are weak for this new sofa")]
    [InlineData("my eyes are blue and my hair is brown, as on my passport")]
    [InlineData("my skin is very pale, which foundation?")]
    [InlineData("my feet get really hot in these boots")]
    [InlineData("mein Kopf ist rot vor Scham")]
    public void Scan_BodyWordsWithoutASymptom_FindNoSymptom(string text) =>
        Assert.Empty(Detectors.Values(text, "SYMPTOM"));

    // A symptom the dictionary names inside the sentence is reported as that term alone.
    [Fact]
    public void Scan_SentenceAroundANamedSymptom_GivesTheTerm() =>
        Assert.Equal(["swollen"], Detectors.Values("my ankle is swollen like a balloon", "SYMPTOM"));

    [Theory]
    [InlineData("I'm so bloated after every meal", "bloated")]
    [InlineData("my son is really wheezy tonight", "wheezy")]
    [InlineData("my eyes are itchy since the new drops", "itchy")]
    [InlineData("mums been off her food all week", "off her food")]
    [InlineData("mir ist total schwindelig und ich hab Kopfweh", "Kopfweh")]
    public void Scan_LaySymptomWord_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("my knee is sore and ")]
    [InlineData("my knee keeps keeps keeps really really so ")]
    [InlineData("my ankle is swollen ")]
    public void Scan_HostileRepeatedBodySentences_StaysFast(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("the baby has a temp of 39 and won't feed, she's 8 months", "temp")]
    [InlineData("white spots on my tonsils, temp 38.6. Tonsillitis?", "temp")]
    [InlineData("my 3 yo has had a temperature since last night, any appointments today?", "temperature")]
    [InlineData("she keeps tugging her ear and has a bit of a temperature", "temperature")]
    [InlineData("his temperature was 101.3F this morning", "temperature")]
    [InlineData("he spiked a temp overnight", "temp")]
    [InlineData("Temp 38.9, HR 110, BP 90/60", "Temp")]
    public void Scan_TemperatureSaidAsAFever_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("the temperature in the pharmacy was 19 degrees")]
    [InlineData("store the vaccine at room temperature of 21")]
    [InlineData("temp 36.8 this morning, all normal")]
    [InlineData("the fridge has a temperature alert again")]
    [InlineData("I'm a temp worker, can I still join the scheme?")]
    [InlineData("temp staff start on 39 Mill Road")]
    [InlineData("the oven temperature of 200 is too high")]
    [InlineData("has a temperature sensor in the box")]
    public void Scan_TemperatureOfThingsOrNormal_IsNotASymptom(string text) =>
        Assert.Empty(Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("Dx: COPD, heart failure, osteoporosis. On furosemide 40mg. Concerns: more confused in the evenings", "confused")]
    [InlineData("Diagnosis: sciatica. Taking ibuprofen 400 mg and naproxen. Wakes 2-3x/night with pain. MRI lumbar spine booked", "pain")]
    [InlineData("Rheumatoid arthritis suspected, on methotrexate and folic acid; morning stiffness and swelling of the MCP joints", "swelling")]
    public void Scan_EverydaySymptomWordInClinicalText_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("I take metformin, ramipril and atorvastatin; paracetamol is the safer choice for pain")]
    [InlineData("MRI knee for a meniscal tear, on naproxen for arthritis; no bone bruising")]
    [InlineData("on metformin for diabetes and ramipril for hypertension, the billing is such a pain")]
    public void Scan_EverydayWordInClinicalTextNotSaidAsASymptom_IsNotRaised(string text) =>
        Assert.DoesNotContain(Detectors.Values(text, "SYMPTOM"), v => v is "pain" or "bruising");

    [Theory]
    [InlineData("there is a bit of swelling round the stitches", "swelling")]
    [InlineData("slight swelling on my left ankle since friday", "swelling")]
    public void Scan_AmountOfASignOfTheBody_IsFound(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "SYMPTOM"));

    [Theory]
    [InlineData("some swelling in the budget this year")]
    [InlineData("a bit of bleeding money every month on fees")]
    public void Scan_AmountOfASignSaidOfThings_IsNotASymptom(string text) =>
        Assert.Empty(Detectors.Values(text, "SYMPTOM"));
}
