using System.Collections.Frozen;

namespace Confidant.Detection.Taxonomy;

/// <summary>The built-in data classes of Confidant's taxonomy.</summary>
public static class DataClasses
{
    private const string Payment = "payment";
    private const string Financial = "financial";
    private const string Government = "government";
    private const string Credentials = "credentials";
    private const string Health = "health";
    private const string Contact = "contact";
    private const string Network = "network";
    private const string Personal = "personal";
    private const string Location = "location";

#pragma warning disable CA1707 // keep the names readable as the labels they stand for
    /// <summary>Primary account number of a payment card.</summary>
    public static readonly DataClass CardNumber = new("CARD_NUMBER", Payment, SensitivityTier.Restricted, "card number");
    /// <summary>Card security code (CVV/CVC): sensitive authentication data, never stored.</summary>
    public static readonly DataClass CardSecurityCode = new("CARD_CVV", Payment, SensitivityTier.Restricted, "card security code");
    /// <summary>Card expiry date.</summary>
    public static readonly DataClass CardExpiry = new("CARD_EXPIRY", Payment, SensitivityTier.Restricted, "card expiry date");

    /// <summary>Bank account number.</summary>
    public static readonly DataClass BankAccount = new("BANK_ACCOUNT", Financial, SensitivityTier.Confidential, "bank account number");
    /// <summary>US ABA routing transit number.</summary>
    public static readonly DataClass RoutingNumber = new("ROUTING_NUMBER", Financial, SensitivityTier.Confidential, "routing number");
    /// <summary>International bank account number.</summary>
    public static readonly DataClass Iban = new("IBAN", Financial, SensitivityTier.Confidential, "IBAN");
    /// <summary>SWIFT/BIC bank identifier code.</summary>
    public static readonly DataClass SwiftBic = new("SWIFT_BIC", Financial, SensitivityTier.Confidential, "SWIFT/BIC code");
    /// <summary>Cryptocurrency wallet address.</summary>
    public static readonly DataClass CryptoWallet = new("CRYPTO_WALLET", Financial, SensitivityTier.Confidential, "crypto wallet address");

    /// <summary>US social security number.</summary>
    public static readonly DataClass UsSsn = new("US_SSN", Government, SensitivityTier.Restricted, "social security number");
    /// <summary>US individual taxpayer identification number.</summary>
    public static readonly DataClass UsItin = new("US_ITIN", Government, SensitivityTier.Restricted, "taxpayer identification number");
    /// <summary>Passport number.</summary>
    public static readonly DataClass Passport = new("PASSPORT", Government, SensitivityTier.Restricted, "passport number");
    /// <summary>Driver licence number.</summary>
    public static readonly DataClass DriverLicense = new("DRIVER_LICENSE", Government, SensitivityTier.Restricted, "driver licence number");
    /// <summary>UK national insurance number.</summary>
    public static readonly DataClass UkNino = new("UK_NINO", Government, SensitivityTier.Restricted, "national insurance number");
    /// <summary>Spanish DNI or NIE number.</summary>
    public static readonly DataClass EsDni = new("ES_DNI", Government, SensitivityTier.Restricted, "Spanish DNI/NIE");
    /// <summary>Canadian social insurance number.</summary>
    public static readonly DataClass CaSin = new("CA_SIN", Government, SensitivityTier.Restricted, "Canadian social insurance number");
    /// <summary>Indian Aadhaar number.</summary>
    public static readonly DataClass InAadhaar = new("IN_AADHAAR", Government, SensitivityTier.Restricted, "Aadhaar number");
    /// <summary>Indian permanent account number (income tax).</summary>
    public static readonly DataClass InPan = new("IN_PAN", Government, SensitivityTier.Restricted, "Indian permanent account number");
    /// <summary>Italian codice fiscale.</summary>
    public static readonly DataClass ItFiscalCode = new("IT_FISCAL_CODE", Government, SensitivityTier.Restricted, "Italian fiscal code");
    /// <summary>German tax identification number (Steuer-ID).</summary>
    public static readonly DataClass DeTaxId = new("DE_TAX_ID", Government, SensitivityTier.Restricted, "German tax identification number");

    /// <summary>A password typed into the chat.</summary>
    public static readonly DataClass Password = new("PASSWORD", Credentials, SensitivityTier.Restricted, "password");
    /// <summary>A PIN typed into the chat.</summary>
    public static readonly DataClass Pin = new("PIN", Credentials, SensitivityTier.Restricted, "PIN");
    /// <summary>A one-time code (SMS, authenticator app).</summary>
    public static readonly DataClass OneTimeCode = new("ONE_TIME_CODE", Credentials, SensitivityTier.Restricted, "one-time code");
    /// <summary>An API key, access token or high-entropy secret.</summary>
    public static readonly DataClass ApiKey = new("API_KEY", Credentials, SensitivityTier.Restricted, "API key or token");
    /// <summary>A private key block (PEM).</summary>
    public static readonly DataClass PrivateKey = new("PRIVATE_KEY", Credentials, SensitivityTier.Restricted, "private key");

    /// <summary>A disease, disorder or diagnosis.</summary>
    public static readonly DataClass HealthCondition = new("HEALTH_CONDITION", Health, SensitivityTier.Restricted, "health condition");
    /// <summary>A symptom or sign.</summary>
    public static readonly DataClass Symptom = new("SYMPTOM", Health, SensitivityTier.Restricted, "symptom");
    /// <summary>A medication.</summary>
    public static readonly DataClass Medication = new("MEDICATION", Health, SensitivityTier.Restricted, "medication");
    /// <summary>A medical procedure or test.</summary>
    public static readonly DataClass MedicalProcedure = new("MEDICAL_PROCEDURE", Health, SensitivityTier.Restricted, "medical procedure");
    /// <summary>A medical record number.</summary>
    public static readonly DataClass MedicalRecordNumber = new("MEDICAL_RECORD_NUMBER", Health, SensitivityTier.Restricted, "medical record number");
    /// <summary>A health plan or insurance member id.</summary>
    public static readonly DataClass HealthPlanId = new("HEALTH_PLAN_ID", Health, SensitivityTier.Restricted, "health plan id");
    /// <summary>US National Provider Identifier.</summary>
    public static readonly DataClass Npi = new("NPI", Health, SensitivityTier.Confidential, "national provider identifier");
    /// <summary>US Medicare beneficiary identifier.</summary>
    public static readonly DataClass MedicareMbi = new("MEDICARE_MBI", Health, SensitivityTier.Restricted, "Medicare beneficiary identifier");

    /// <summary>Email address.</summary>
    public static readonly DataClass Email = new("EMAIL", Contact, SensitivityTier.Confidential, "email address");
    /// <summary>Phone number.</summary>
    public static readonly DataClass Phone = new("PHONE", Contact, SensitivityTier.Confidential, "phone number");
    /// <summary>Street address (house number, street, unit).</summary>
    public static readonly DataClass StreetAddress = new("STREET_ADDRESS", Contact, SensitivityTier.Confidential, "street address");
    /// <summary>IPv4 or IPv6 address.</summary>
    public static readonly DataClass IpAddress = new("IP_ADDRESS", Network, SensitivityTier.Confidential, "IP address");

    /// <summary>A person's name.</summary>
    public static readonly DataClass PersonName = new("PERSON_NAME", Personal, SensitivityTier.Confidential, "name");
    /// <summary>Date of birth.</summary>
    public static readonly DataClass DateOfBirth = new("DATE_OF_BIRTH", Personal, SensitivityTier.Confidential, "date of birth");
    /// <summary>A person's age.</summary>
    public static readonly DataClass Age = new("AGE", Personal, SensitivityTier.Confidential, "age");

    /// <summary>A postcode or ZIP code.</summary>
    public static readonly DataClass Postcode = new("POSTCODE", Location, SensitivityTier.Internal, "postcode");
#pragma warning restore CA1707

    /// <summary>Every built-in class.</summary>
    public static IReadOnlyList<DataClass> All { get; } =
    [
        CardNumber, CardSecurityCode, CardExpiry,
        BankAccount, RoutingNumber, Iban, SwiftBic, CryptoWallet,
        UsSsn, UsItin, Passport, DriverLicense, UkNino, EsDni, CaSin, InAadhaar, InPan, ItFiscalCode, DeTaxId,
        Password, Pin, OneTimeCode, ApiKey, PrivateKey,
        HealthCondition, Symptom, Medication, MedicalProcedure, MedicalRecordNumber, HealthPlanId, Npi, MedicareMbi,
        Email, Phone, StreetAddress, IpAddress,
        PersonName, DateOfBirth, Age,
        Postcode,
    ];

    private static readonly FrozenDictionary<string, DataClass> ByName =
        All.ToFrozenDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a built-in class by its name (case-insensitive).</summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataClass? dataClass) =>
        ByName.TryGetValue(name, out dataClass);
}
