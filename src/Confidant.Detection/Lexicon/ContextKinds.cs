namespace Confidant.Detection.Lexicon;

/// <summary>
/// What a nearby word suggests about a value. Positive kinds raise the confidence of the matching
/// recognizer; the reference kinds (order, tracking, amount...) lower it.
/// </summary>
[Flags]
internal enum ContextKinds : ulong
{
    None = 0,

    Card = 1UL << 0,
    Cvv = 1UL << 1,
    Expiry = 1UL << 2,
    Iban = 1UL << 3,
    BankAccount = 1UL << 4,
    Routing = 1UL << 5,
    Swift = 1UL << 6,
    Crypto = 1UL << 7,

    Ssn = 1UL << 8,
    Itin = 1UL << 9,
    Passport = 1UL << 10,
    DriverLicense = 1UL << 11,
    NationalInsurance = 1UL << 12,
    TaxId = 1UL << 13,

    Password = 1UL << 14,
    Pin = 1UL << 15,
    OneTimeCode = 1UL << 16,
    Secret = 1UL << 17,

    Medical = 1UL << 18,
    MedicalRecord = 1UL << 19,
    HealthPlan = 1UL << 20,
    Npi = 1UL << 21,
    Medicare = 1UL << 22,

    Email = 1UL << 23,
    Phone = 1UL << 24,
    Address = 1UL << 25,
    Postcode = 1UL << 26,
    Ip = 1UL << 27,

    Name = 1UL << 28,
    Birth = 1UL << 29,
    Age = 1UL << 30,
    Number = 1UL << 31,   // "number", "no", "#", "nr", "numéro", "número", "nummer"
    Identity = 1UL << 32, // "id", "identification", "identity"
    HealthCard = 1UL << 33, // "sécurité sociale", "Vitale", "N° SS": the French public insurance number's words

    // Words that say a number is something harmless.
    OrderReference = 1UL << 40,  // order, item, sku, product, invoice, reference, ticket, confirmation, case
    Tracking = 1UL << 41,        // tracking, shipment, parcel, package, delivery, ups, usps, fedex
    Amount = 1UL << 42,          // price, total, amount, paid, cost, usd, eur, dollars, balance
    Quantity = 1UL << 43,        // qty, pack, pieces, units, items
    Version = 1UL << 44,         // version, v, build, release, model, serial

    /// <summary>Every kind that says "this number is not personal".</summary>
    Benign = OrderReference | Tracking | Amount | Quantity | Version,
}
