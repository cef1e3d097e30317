namespace Confidant.Detection.Tests.Health;

public class HealthIdentifierTests
{
    [Theory]
    [InlineData("My MRN is 00123456", "00123456")]
    [InlineData("MRN: 7781-2234", "7781-2234")]
    [InlineData("medical record number 4455667", "4455667")]
    [InlineData("patient id A1234567 at St Mary's", "A1234567")]
    [InlineData("Historia clínica: 99887766", "99887766")]
    [InlineData("mon dossier médical n° 5566778", "5566778")]
    [InlineData("Patientennummer 3344556", "3344556")]
    [InlineData("My NHS number is 943 476 5919 and I need a repeat prescription", "943 476 5919")]
    [InlineData("NHS no. 9434765919", "9434765919")]
    [InlineData("UHID APH2304517, need discharge summary", "APH2304517")]
    [InlineData("MRN\uFF1A\uFF10\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15", "\uFF10\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15")]
    [InlineData("my dad's hospital number is RX3309174", "RX3309174")]
    [InlineData("Hospital No. 4471920 on the letter", "4471920")]
    [InlineData("DOB 07/02/1975   Hosp no. RS0083127   Study: respiratory", "RS0083127")] // a letter's abbreviation
    [InlineData("DOB: 08/04/1995   Clinic ID: BSM-004417", "BSM-004417")]
    public void Scan_MedicalRecordNumberWithContext_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "MEDICAL_RECORD_NUMBER"));

    [Theory]
    [InlineData("record number 4455667")]
    [InlineData("MRN 1234")]
    [InlineData("my order 4455667 for the patient")]
    [InlineData("patient seen on 2024-01-31")]
    [InlineData("4455667")]
    [InlineData("patient line: call 415 829 2671")]
    public void Scan_NumberWithoutMedicalRecordContext_IsNotMrn(string text) =>
        Assert.Empty(Detectors.Values(text, "MEDICAL_RECORD_NUMBER"));

    [Theory]
    [InlineData("claim for my knee arthroscopy got denied?? member ID UHX 8830 4172, surgeon's NPI 1194875740", "UHX 8830 4172")]
    [InlineData("Primary insurance: Aetna PPO, member ID W2384 71920 Medicare: 3T41Q32NF65", "W2384 71920")]
    [InlineData("renouvellement svp, numéro d'adhérent mutuelle 7731 0925 44", "7731 0925 44")]
    public void Scan_PlanIdInSpacedGroupsAfterItsLabel_IsFoundWhole(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("my insurance member ID is 415 829 2671")]          // a phone's layout stays a phone's
    [InlineData("insurance claim: I paid 120 45 times")]             // no label right before
    public void Scan_SpacedNumbersThatAreNoPlanId_AreNotRead(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("gym member ID FF-0092371")]
    [InlineData("my FlexFit Gyms member ID FF-0092371")]
    public void Scan_MemberIdOfOtherCoverNamedRightBefore_IsNoPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("here's my insurance card info: member 63347786783", "63347786783")]
    [InlineData("health card says member W920325242", "W920325242")]
    public void Scan_MemberIdAfterAnInsuranceCard_IsHealthPlanId(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Fact]
    public void Scan_PaymentCardNearAnInsuranceWord_KeepsItsNumberOutOfThePlan() =>
        Assert.Empty(Detectors.Values("my card for the insurance member 63347786783", "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("INFORME DE ALTA Paciente: Marta Ruiz Soler  Edad: 64 años  Planta 3, cama 12  Nº historia: 2297341", "2297341")]
    [InlineData("LETTRE DE LIAISON Patient : M. DURAND Paul   Né le : 02/03/1950   IPP : 80231947", "80231947")]
    [InlineData("Clinic letter. Patient: Ms Ana Lima, DOB 02/03/1970, Ward 4, bed 12, visits 2-4pm daily, chart number CH-5512093", "CH-5512093")]
    public void Scan_RecordNumberInAMedicalDocument_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "MEDICAL_RECORD_NUMBER"));

    [Theory]
    [InlineData("Paciente: Andrea Gil  Diagnóstico: esguince de tobillo  Mutua: Previsión, expediente AT-2024-008812")] // an insurer's file
    [InlineData("my car insurance record 5512093 shows a claim I never made")]
    public void Scan_FileNumberInAMedicalDocumentOrRecordWithoutOne_IsNotMrn(string text) =>
        Assert.Empty(Detectors.Values(text, "MEDICAL_RECORD_NUMBER"));

    [Theory]
    [InlineData("My member ID is XYZ123456789", "XYZ123456789")]
    [InlineData("insurance id: W2233445566", "W2233445566")]
    [InlineData("policy number 88776655", "88776655")]
    [InlineData("subscriber id ABC-1234567", "ABC-1234567")]
    [InlineData("número de póliza AX99887766", "AX99887766")]
    [InlineData("ma mutuelle: MU12345678", "MU12345678")]
    [InlineData("Versicherungsnummer A123456789", "A123456789")]
    public void Scan_HealthPlanIdWithContext_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("member since 2019")]
    [InlineData("my plan starts 2024-01-31")]
    [InlineData("the id is XYZ123456789")]
    [InlineData("insurance costs $1234567.00")]
    [InlineData("insurance phone 555-123-4567")]
    [InlineData("policy 12345")]
    [InlineData("my national insurance number is KY401982D")]
    [InlineData("insurance asked for my social, 311-01-4725")]
    [InlineData("EDUCATION MSc Global Health Policy — King's College London, 2022–2023 (Merit)")] // a range of years
    [InlineData("my insurance card says Rx BIN 610014, RxPCN MEDDPRIME")]         // pharmacy routing, one per insurer
    public void Scan_IdWithoutHealthPlanContext_IsNotHealthPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("Dr. Lee's NPI is 1234567893", "1234567893")]
    [InlineData("provider 1987654328", "1987654328")]
    [InlineData("prescriber NPI: 2345678900.", "2345678900")]
    public void Scan_NpiWithContext_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "NPI"));

    [Theory]
    [InlineData("call me at 1234567893")]
    [InlineData("NPI 1234567890")]
    [InlineData("NPI 3234567893")]
    [InlineData("NPI 123-456-7893")]
    [InlineData("NPI 12345678931")]
    public void Scan_NpiWithoutContextOrChecksum_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "NPI"));

    [Theory]
    [InlineData("Medicare number 1EG4-TE5-MK73", "1EG4-TE5-MK73")]
    [InlineData("my MBI is 1EG4TE5MK73", "1EG4TE5MK73")]
    [InlineData("id 1EG4 TE5 MK73 thanks", "1EG4 TE5 MK73")]
    [InlineData("1eg4te5mk73", "1eg4te5mk73")]
    public void Scan_MedicareMbi_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "MEDICARE_MBI"));

    [Theory]
    [InlineData("1SG4TE5MK73")]   // S is not used
    [InlineData("0EG4TE5MK73")]   // first char 1-9
    [InlineData("1EG4TE5MK7")]    // too short
    [InlineData("1EG4-TE5 MK73")] // mixed separators
    [InlineData("1EG4TE5MKA3")]
    public void Scan_InvalidMbi_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "MEDICARE_MBI"));

    [Fact]
    public void Scan_MbiContext_RaisesScore()
    {
        var plain = Detectors.Default.Detect("1EG4TE5MK73").Findings.Single();
        var withContext = Detectors.Default.Detect("medicare 1EG4TE5MK73").Findings.Single();
        Assert.True(withContext.Score > plain.Score);
    }

    [Theory]
    [InlineData(100_000, "7")]
    [InlineData(50_000, "1-")]
    [InlineData(50_000, "a1")]
    public void Scan_HostileRepetitiveInput_StaysFastAndSafe(int count, string unit)
    {
        var text = "MRN member NPI medicare " + string.Concat(Enumerable.Repeat(unit, count));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000);
    }

    // "policy" and "plan" name a health plan only when no other kind of cover is named nearby, and
    // a value glued to a longer code ("INV-BO-30219") is not read from its middle.
    [Theory]
    [InlineData("Excess query: home insurance policy HH-3392018, current excess £250")]
    [InlineData("my laptop is 3 years old, is it still covered by the extended warranty? plan EW-3Y-88190")]
    [InlineData("Could you mark my policy as paperless? Policy HP-50221 (home).")]
    [InlineData("Business Online (plan: Pro Tier, invoice INV-BO-30219)")]
    [InlineData("¿El coche de alquiler incluye seguro a todo riesgo? reserva RC-55102")]
    public void Scan_OtherCoverOrEmbeddedCode_IsNotHealthPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    // A word only a health plan uses keeps the id whatever else is named near it; "MRN-00123456"
    // and "MRN K-2280461" keep their digits.
    [Theory]
    [InlineData("Aetna member ID W123456789 for my trip", "HEALTH_PLAN_ID", "W123456789")]
    [InlineData("Krankenkasse Mitgliedsnummer A123456789 für meine Reise nach Spanien", "HEALTH_PLAN_ID", "A123456789")]
    [InlineData("Got hit by a car, insurance member ID XZH123456789", "HEALTH_PLAN_ID", "XZH123456789")]
    [InlineData("patient number MRN-7654321", "MEDICAL_RECORD_NUMBER", "7654321")]
    [InlineData("MRN K-2280461 please fix", "MEDICAL_RECORD_NUMBER", "K-2280461")]
    public void Scan_HealthIdNearOtherWordsOrPrefixed_IsFound(string text, string dataClass, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, dataClass));

    [Fact]
    public void Scan_HealthPlanIdNearAMedicalWord_IsFoundDespiteTravel() =>
        Assert.Equal(["XGH482019374"], Detectors.Values("travel clinic visit, health insurance member ID XGH482019374, doctor said", "HEALTH_PLAN_ID"));

    // A record number's letter prefix glued by a hyphen is part of it.
    [Theory]
    [InlineData("Could you send my results? Patient ID PT-4471920. Thank you.", "PT-4471920")]
    [InlineData("Hallo, hier Katarzyna, Patientennummer PN-0048291. Ich brauche ein Rezept", "PN-0048291")]
    [InlineData("nº de historia clínica HC-2291847, quería pedir cita", "HC-2291847")]
    public void Scan_MedicalRecordNumberWithLetterPrefix_IsFoundWhole(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "MEDICAL_RECORD_NUMBER"));

    [Fact]
    public void Scan_RecordNumberInsideALongerCode_IsNotRead() =>
        Assert.Empty(Detectors.Values("patient record INV-PT-4471920 was billed", "MEDICAL_RECORD_NUMBER"));

    [Theory]
    [InlineData("VIN 2T1V6YCP7SN329450, policy PA-77104829-01, why does the quote say corolla 2023")]
    [InlineData("car insurance policy AU-0048812, the quote is wrong")]
    public void Scan_PolicyOfOtherCoverInTheSameMessage_IsNotHealthPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    // Other cover anywhere in a message that says nothing about health decides.
    [Theory]
    [InlineData("burst pipe under the kitchen sink, water everywhere, policy HM-4402817. do i call a plumber myself?")]
    [InlineData("pet insurance question, our cat Miso is 9 now, will the premium go up at 10? policy PET-2281047")]
    [InlineData("Roadside assistance needed, broke down on the M1 northbound near junction 24, policy RA-88120")]
    public void Scan_PolicyInAMessageAboutOtherCover_IsNotHealthPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("pet insurance is sorted, now my own: policy HX-4402817, does it cover physio?", "HX-4402817")]
    [InlineData("policy HM-4402817 please, I need to book a scan for my knee before the trip", "HM-4402817")]
    public void Scan_PolicyWithHealthWordsNearOtherCover_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    // Other cover farther away does not decide: the message may be about health.
    [Theory]
    [InlineData("Insurance ID ABC123456789, I need pre-approval for a CAT scan", "ABC123456789")]
    [InlineData("My policy number is HLT88229911 — the leak in my kitchen caused a fall and I broke my wrist", "HLT88229911")]
    public void Scan_HealthPlanIdWithOtherWordsFarAway_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Fact]
    public void Scan_HostileManyPolicyIdsNearOtherCover_StaysFast()
    {
        var text = string.Concat(Enumerable.Repeat("burst pipe, my knee pain, policy AB1234567 ", 10_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms");
    }

    // Health cards with a check digit: Australian Medicare, Ontario (OHIP), French NIR (carte Vitale).
    [Theory]
    [InlineData("my Medicare card is 2123 45670 1, can you update it", "2123 45670 1")]
    [InlineData("Medicare No: 5881 34203 2 IRN 1", "5881 34203 2")]
    [InlineData("OHIP: 5318-276-499-AB  Address: 88 Niagara St", "5318-276-499-AB")]
    [InlineData("my Ontario health card number is 7312 045 581 (version code BK)", "7312 045 581")]
    [InlineData("N° de sécurité sociale : 1 85 05 78 006 084 91", "1 85 05 78 006 084 91")]
    [InlineData("numéro de sécu 292037511406221 merci", "292037511406221")]
    public void Scan_HealthCardNumberAfterItsName_IsAHealthPlanId(string text, string expected) =>
        Assert.Contains(expected, Detectors.Values(text, "HEALTH_PLAN_ID"));

    // Printed as the card prints it but failing its check, after a word naming that one card: mistyped, still the card's.
    [Theory]
    [InlineData("my Medicare card is 2123 45671 1, can you update it", "2123 45671 1")]
    [InlineData("N° de sécurité sociale : 1 85 05 78 006 084 92", "1 85 05 78 006 084 92")]
    [InlineData("My OHIP number is 9876 543 210 XY, can you add it to my file?", "9876 543 210")]
    public void Scan_MistypedNumberAfterItsCardsName_IsStillAHealthPlanId(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "HEALTH_PLAN_ID"));

    [Theory]
    [InlineData("my Ontario health card number is 5318-276-498")] // "health card" names no one card: the check must pass
    [InlineData("call me on 2123 45670 1 after five")] // valid, but nothing names a health card
    [InlineData("order 5318-276-499 shipped today")]
    [InlineData("To the Membership Team, FlexFit Gyms: I joined in January, membership number FF-0092371, and want to freeze it")]
    // from an independent review: insurers' other policies, memberships, names, ships, phones and accounts
    [InlineData("AAMI car insurance policy 2345678981 renewal")]
    [InlineData("PureGym membership number 3746582181 please cancel")]
    [InlineData("Membership no. 1837462918 at Costco, card lost")]
    [InlineData("Marco Vitale, order 2664012501, still waiting")]
    [InlineData("SS Great Britain tickets ref 4567890181")]
    [InlineData("Medicare refund should go into account 2034567831")]
    public void Scan_HealthCardNumberWithNoCardNamed_IsNoHealthPlanId(string text) =>
        Assert.Empty(Detectors.Values(text, "HEALTH_PLAN_ID"));

    // The French card's words are a context kind of their own: a phone after "Vitale" stays a phone.
    [Theory]
    [InlineData("vitale 4155552671")]
    [InlineData("secu 4155552671")]
    public void Scan_PhoneAfterAFrenchCardWord_StaysAPhone(string text) =>
        Assert.NotEmpty(Detectors.Values(text, "PHONE"));

    [Fact]
    public void Scan_ReferenceBetweenTheCardsNameAndANumber_IsNoValidatedCard() =>
        Assert.DoesNotContain(Detectors.Default.Detect("OHIP covers it, ref 5318-276-499 for the visit").Findings,
            f => f.Explanation.RecognizerId == "health.card-number");
}
