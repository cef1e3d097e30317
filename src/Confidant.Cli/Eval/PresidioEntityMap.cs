using System.Collections.Frozen;
using Confidant.Detection.Taxonomy;

namespace Confidant.Cli.Eval;

/// <summary>
/// Presidio entity types and the Confidant class each stands for (docs/evaluation.md explains the
/// choices). A type equal to one of our class names maps to itself. Anything else is unsupported:
/// reported, and excluded from the scores.
/// </summary>
internal static class PresidioEntityMap
{
    private static readonly FrozenDictionary<string, string> Explicit = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CREDIT_CARD"] = "CARD_NUMBER",
        ["IBAN_CODE"] = "IBAN",
        ["US_SSN"] = "US_SSN",
        ["US_ITIN"] = "US_ITIN",
        ["US_PASSPORT"] = "PASSPORT",
        ["US_DRIVER_LICENSE"] = "DRIVER_LICENSE",
        ["US_BANK_NUMBER"] = "BANK_ACCOUNT",
        ["ABA_ROUTING_NUMBER"] = "ROUTING_NUMBER",
        ["EMAIL_ADDRESS"] = "EMAIL",
        ["PHONE_NUMBER"] = "PHONE",
        ["IP_ADDRESS"] = "IP_ADDRESS",
        ["CRYPTO"] = "CRYPTO_WALLET",
        ["UK_NINO"] = "UK_NINO",
        ["PERSON"] = "PERSON_NAME",
        ["US_NPI"] = "NPI",
        ["US_MBI"] = "MEDICARE_MBI",
        ["UK_POSTCODE"] = "POSTCODE",

        // Other countries' ids are built-in classes named as Presidio names them; Spain's DNI and
        // NIE share one class, as they share one check letter.
        ["ES_NIF"] = "ES_DNI",
        ["ES_NIE"] = "ES_DNI",
        ["CA_SIN"] = "CA_SIN",
        ["IN_AADHAAR"] = "IN_AADHAAR",
        ["IN_PAN"] = "IN_PAN",
        ["IT_FISCAL_CODE"] = "IT_FISCAL_CODE",
        ["DE_TAX_ID"] = "DE_TAX_ID",

        // presidio-research's synthetic data labels street addresses with our own name; "ADDRESS"
        // is used by some datasets for the same thing. LOCATION (cities, countries) is not ours.
        ["STREET_ADDRESS"] = "STREET_ADDRESS",
        ["ADDRESS"] = "STREET_ADDRESS",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The classes a Presidio corpus can label: predictions of other classes are not scored.</summary>
    public static IReadOnlySet<string> TargetClasses { get; } = Explicit.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Our class for a Presidio entity type, or false when we have none.</summary>
    public static bool TryMap(string entityType, out string className)
    {
        if (Explicit.TryGetValue(entityType, out className!))
        {
            return true;
        }

        // Types spelled like ours (IBAN, AGE...) are the same thing.
        if (DataClasses.TryGet(entityType, out var dataClass))
        {
            className = dataClass.Name;
            return true;
        }

        className = "";
        return false;
    }
}
