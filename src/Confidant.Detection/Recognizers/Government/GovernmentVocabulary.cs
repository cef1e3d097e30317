using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Government;

/// <summary>Context words of the government recognizers in English, Spanish, French and German.</summary>
internal static class GovernmentVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Ssn, "ssn", "ssns", "ss#", "social", "socsec", "sécurité", "securite", "sociale")
        .Concat(ContextVocabulary.Words(ContextKinds.Itin, "itin", "taxpayer", "contribuyente", "contribuable"))
        .Concat(ContextVocabulary.Words(ContextKinds.TaxId, "tin", "tax", "fiscal", "steuernummer", "steuer", "nif", "vat", "tva", "ustidnr"))
        .Concat(ContextVocabulary.Words(ContextKinds.Passport,
            "passport", "passports", "pasport", "passprt", "passpor", "pasaporte", "passeport", "reisepass", "reisepassnummer", "passnummer"))
        .Concat(ContextVocabulary.Words(ContextKinds.DriverLicense,
            "driver", "drivers", "driving", "dl", "conducir", "conduire", "führerschein", "fuhrerschein",
            "fuehrerschein", "führerscheinnummer", "fuehrerscheinnummer"))
        .Concat(ContextVocabulary.Words(ContextKinds.NationalInsurance, "nino", "ni", "nin", "national", "insurance"))
        .Concat(ContextVocabulary.Words(ContextKinds.Identity, "dni", "nie", "documento"));
}
