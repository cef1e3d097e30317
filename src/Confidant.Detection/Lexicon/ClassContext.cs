using System.Collections.Frozen;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection.Lexicon;

/// <summary>Which context kind points at which built-in data class (for context words from configuration).</summary>
internal static class ClassContext
{
    private static readonly FrozenDictionary<string, ContextKinds> ByClass = new Dictionary<string, ContextKinds>
    {
        [DataClasses.CardNumber.Name] = ContextKinds.Card,
        [DataClasses.CardSecurityCode.Name] = ContextKinds.Cvv,
        [DataClasses.CardExpiry.Name] = ContextKinds.Expiry,
        [DataClasses.BankAccount.Name] = ContextKinds.BankAccount,
        [DataClasses.RoutingNumber.Name] = ContextKinds.Routing,
        [DataClasses.Iban.Name] = ContextKinds.Iban,
        [DataClasses.SwiftBic.Name] = ContextKinds.Swift,
        [DataClasses.CryptoWallet.Name] = ContextKinds.Crypto,
        [DataClasses.UsSsn.Name] = ContextKinds.Ssn,
        [DataClasses.UsItin.Name] = ContextKinds.Itin,
        [DataClasses.Passport.Name] = ContextKinds.Passport,
        [DataClasses.DriverLicense.Name] = ContextKinds.DriverLicense,
        [DataClasses.UkNino.Name] = ContextKinds.NationalInsurance,
        [DataClasses.EsDni.Name] = ContextKinds.Identity,
        [DataClasses.Password.Name] = ContextKinds.Password,
        [DataClasses.Pin.Name] = ContextKinds.Pin,
        [DataClasses.OneTimeCode.Name] = ContextKinds.OneTimeCode,
        [DataClasses.ApiKey.Name] = ContextKinds.Secret,
        [DataClasses.PrivateKey.Name] = ContextKinds.Secret,
        [DataClasses.HealthCondition.Name] = ContextKinds.Medical,
        [DataClasses.Symptom.Name] = ContextKinds.Medical,
        [DataClasses.Medication.Name] = ContextKinds.Medical,
        [DataClasses.MedicalProcedure.Name] = ContextKinds.Medical,
        [DataClasses.MedicalRecordNumber.Name] = ContextKinds.MedicalRecord,
        [DataClasses.HealthPlanId.Name] = ContextKinds.HealthPlan,
        [DataClasses.Npi.Name] = ContextKinds.Npi,
        [DataClasses.MedicareMbi.Name] = ContextKinds.Medicare,
        [DataClasses.Email.Name] = ContextKinds.Email,
        [DataClasses.Phone.Name] = ContextKinds.Phone,
        [DataClasses.StreetAddress.Name] = ContextKinds.Address,
        [DataClasses.Postcode.Name] = ContextKinds.Postcode,
        [DataClasses.IpAddress.Name] = ContextKinds.Ip,
        [DataClasses.PersonName.Name] = ContextKinds.Name,
        [DataClasses.DateOfBirth.Name] = ContextKinds.Birth,
        [DataClasses.Age.Name] = ContextKinds.Age,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string className, out ContextKinds kinds) => ByClass.TryGetValue(className, out kinds);
}
