using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Tests.Support;

/// <summary>One planted value of every built-in class, each in a sentence the detector reports it from.</summary>
public static class Planted
{
    public static IReadOnlyList<PlantedValue> All { get; } =
    [
        new(DataClasses.CardNumber, "my card number is 4111 1111 1111 1111", "4111 1111 1111 1111"),
        new(DataClasses.CardSecurityCode, "the cvv is 737", "737"),
        new(DataClasses.CardExpiry, "card expiry 09/28", "09/28"),
        new(DataClasses.BankAccount, "my bank account number is 12345678901", "12345678901"),
        new(DataClasses.RoutingNumber, "routing number 021000021", "021000021"),
        new(DataClasses.Iban, "my IBAN is GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
        new(DataClasses.SwiftBic, "swift code DEUTDEFF", "DEUTDEFF"),
        new(DataClasses.CryptoWallet, "send to bitcoin wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
        new(DataClasses.UsSsn, "my SSN is 536-90-4399", "536-90-4399"),
        new(DataClasses.UsItin, "my ITIN is 912-70-1234", "912-70-1234"),
        new(DataClasses.Passport, "my passport number is 533380006", "533380006"),
        new(DataClasses.DriverLicense, "driver's license number D1234567", "D1234567"),
        new(DataClasses.UkNino, "my national insurance number is AB 12 34 56 C", "AB 12 34 56 C"),
        new(DataClasses.Password, "my password is Tr0ub4dor&3", "Tr0ub4dor&3"),
        new(DataClasses.Pin, "my PIN is 4921", "4921"),
        new(DataClasses.OneTimeCode, "the verification code is 739214", "739214"),
        new(DataClasses.ApiKey, "my api key is sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        new(DataClasses.PrivateKey, "-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA7yXQ -----END RSA PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA7yXQ -----END RSA PRIVATE KEY-----"),
        new(DataClasses.HealthCondition, "I was diagnosed with diabetes", "diabetes"),
        new(DataClasses.Symptom, "I have chest pain", "chest pain"),
        new(DataClasses.Medication, "I take metformin daily", "metformin"),
        new(DataClasses.MedicalProcedure, "I had a colonoscopy last week", "colonoscopy"),
        new(DataClasses.MedicalRecordNumber, "my medical record number is MRN 4455667", "4455667"),
        new(DataClasses.HealthPlanId, "my health plan id is XYZ123456789", "XYZ123456789"),
        new(DataClasses.Npi, "my NPI is 1234567893", "1234567893"),
        new(DataClasses.MedicareMbi, "my medicare number is 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
        new(DataClasses.Email, "email me at jane.doe@example.com", "jane.doe@example.com"),
        new(DataClasses.Phone, "call me at (415) 555-2671", "(415) 555-2671"),
        new(DataClasses.StreetAddress, "I live at 221 Baker Street", "221 Baker Street"),
        new(DataClasses.IpAddress, "my ip is 203.0.113.42", "203.0.113.42"),
        new(DataClasses.PersonName, "my name is Maria Gonzalez", "Maria Gonzalez"),
        new(DataClasses.DateOfBirth, "my date of birth is 14/03/1985", "14/03/1985"),
        new(DataClasses.Age, "I am 47 years old", "47"),
        new(DataClasses.Postcode, "my zip code is 94107", "94107"),
    ];

    public static PlantedValue Of(DataClass dataClass) => All.Single(p => p.Class == dataClass);

    public static TheoryData<string> ClassNames()
    {
        var data = new TheoryData<string>();
        foreach (var planted in All)
        {
            data.Add(planted.Class.Name);
        }

        return data;
    }

    public static PlantedValue Of(string className) => All.Single(p => p.Class.Name == className);
}
