using System.Collections.Frozen;

namespace Confidant.Detection.Validators;

/// <summary>Named validators that custom recognizers from configuration can use.</summary>
internal static class ValidatorRegistry
{
    public delegate bool Validator(ReadOnlySpan<char> value);

    private static readonly FrozenDictionary<string, Validator> ByName = new Dictionary<string, Validator>
    {
        ["luhn"] = Luhn.IsValid,
        ["mod97"] = Mod97.IsValidIban,
        ["iban"] = IbanValidator.IsValid,
        ["aba"] = AbaRouting.IsValid,
        ["npi"] = static v => Luhn.IsValidWithPrefix("80840", v),
        ["base58check"] = Base58Check.IsValid,
        ["bech32"] = Bech32.IsValid,
        ["ssn"] = UsSsnValidator.IsValid,
        ["itin"] = UsItinValidator.IsValid,
        ["nino"] = UkNinoValidator.IsValid,
        ["es-dni"] = SpanishDniValidator.IsValid,
        ["nhs"] = NhsNumberValidator.IsValid,
        ["au-medicare"] = AustralianMedicareValidator.IsValid,
        ["ohip"] = OntarioHealthNumberValidator.IsValid,
        ["fr-nir"] = FrenchNirValidator.IsValid,
        ["verhoeff"] = Verhoeff.IsValid,
        ["ca-sin"] = CanadianSinValidator.IsValid,
        ["in-aadhaar"] = AadhaarValidator.IsValid,
        ["in-pan"] = IndianPanValidator.IsValid,
        ["it-fiscal-code"] = ItalianFiscalCodeValidator.IsValid,
        ["de-tax-id"] = GermanTaxIdValidator.IsValid,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryGet(string name, out Validator validator) => ByName.TryGetValue(name, out validator!);
}
