using Confidant.Detection.Validators;

namespace Confidant.Detection.Tests.Validators;

/// <summary>Published test vectors of the checksums the recognizers rely on.</summary>
public class ChecksumTests
{
    [Theory] // BIP-173 and BIP-350 valid strings
    [InlineData("A12UEL5L")]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")]
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")]
    [InlineData("A1LQFN3A")]
    public void Bech32_PublishedValidStrings_Pass(string text) => Assert.True(Bech32.IsValid(text));

    [Theory]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")] // last char changed
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARy0C5XW7KV8F3T4")] // mixed case
    [InlineData("pzry9x0s0muk")]                                 // no separator
    public void Bech32_CorruptedStrings_Fail(string text) => Assert.False(Bech32.IsValid(text));

    [Theory]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", true)]
    [InlineData("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", true)]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", true)]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", true)]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", false)] // v0 with a bech32m checksum
    [InlineData("tb1pw508d6qejxtdg4y5r3zarqfsj6c3", false)]           // program too short
    public void SegwitAddress_Bip350Vectors_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, SegwitAddress.IsValid(text));

    [Theory]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", true)]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", true)]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", false)]
    public void Base58Check_BitcoinAddresses_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, Base58Check.IsValid(text));

    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("GB82WEST12345698765433", false)]
    public void Mod97_Ibans_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, Mod97.IsValidIban(text));

    [Theory]
    [InlineData("121000358", true)]
    [InlineData("011000015", true)]
    [InlineData("121000359", false)]
    [InlineData("421042111", false)] // unused Federal Reserve prefix
    public void AbaRouting_Numbers_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, AbaRouting.IsValid(text));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("4111111111111112", false)]
    public void Luhn_Numbers_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, Luhn.IsValid(text));

    [Theory]
    [InlineData("9434765919", true)] // the NHS's published example number
    [InlineData("943 476 5919", true)]
    [InlineData("943-476-5919", true)]
    [InlineData("9434765918", false)]
    [InlineData("943476591", false)]
    [InlineData("94347659190", false)]
    [InlineData("1000000010", false)] // check digit would be 10: no such number
    [InlineData("0000000000", false)]
    [InlineData("943.476.5919", false)]
    public void NhsNumber_Numbers_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, NhsNumberValidator.IsValid(text));

    [Fact]
    public void Luhn_NpiWithItsPrefix_Passes() => Assert.True(Luhn.IsValidWithPrefix("80840", "1234567893"));

    // Check digits computed by hand from the published CCC weights (1, 2, 4, 8, 5, 10, 9, 7, 3, 6, mod 11).
    [Theory]
    [InlineData("0049 3315 71 5525112929", true)]
    [InlineData("00493315715525112929", true)]
    [InlineData("0049-3315-71-5525112929", true)]
    [InlineData("0049 3315 72 5525112929", false)] // second check digit wrong
    [InlineData("0049 3315 61 5525112929", false)] // first check digit wrong
    [InlineData("0049 3315 71 552511292", false)] // 19 digits
    [InlineData("0049 3315 70 0000000000", false)] // no account digits
    [InlineData("0049.3315.71.5525112929", false)]
    public void SpanishCcc_Numbers_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, SpanishCccValidator.IsValid(text));

    [Theory]
    [InlineData("2123 45670 1", true)]
    [InlineData("5881342032", true)]
    [InlineData("2123 45671 1", false)]  // check digit
    [InlineData("1123 45670 1", false)]  // first digit 2 to 6 only
    [InlineData("2123 45670", false)]    // nine digits
    public void AustralianMedicare_Numbers_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, AustralianMedicareValidator.IsValid(text));

    [Theory]
    [InlineData("5318-276-499", true)]
    [InlineData("7312045581", true)]
    [InlineData("5318-276-498", false)]
    [InlineData("0000000000", false)]
    public void OntarioHealthNumber_Numbers_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, OntarioHealthNumberValidator.IsValid(text));

    [Theory]
    [InlineData("1 85 05 78 006 084 91", true)]
    [InlineData("292037511406221", true)]
    [InlineData("1 85 05 78 006 084 92", false)]  // key
    [InlineData("5 85 05 78 006 084 91", false)]  // sex digit
    [InlineData("1 85 15 78 006 084 91", false)]  // month
    public void FrenchNir_Numbers_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, FrenchNirValidator.IsValid(text));

    [Theory] // Verhoeff: 236 has check digit 3; Aadhaar numbers from Presidio's tests
    [InlineData("2363", true)]
    [InlineData("2364", false)]
    [InlineData("3123 4567 8909", true)]
    [InlineData("400123456787", true)]
    [InlineData("123456789012", false)]
    public void Verhoeff_Vectors_AreJudgedCorrectly(string text, bool valid) => Assert.Equal(valid, Verhoeff.IsValid(text));

    [Theory]
    [InlineData("RSSMRA85T10A562S", true)]  // the code of the usual example, Mario Rossi
    [InlineData("RSSMRA85T10A562T", false)]
    [InlineData("RSSMRA85T10A56NS", false)] // an omocodia letter changes the check letter too
    public void ItalianFiscalCode_Vectors_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, ItalianFiscalCodeValidator.IsValid(text));

    [Theory]
    [InlineData("86095742719", true)]
    [InlineData("86095742718", false)]
    [InlineData("12345678903", false)] // check digit right, but every digit of the first ten differs
    public void GermanTaxId_Vectors_AreJudgedCorrectly(string text, bool valid) =>
        Assert.Equal(valid, GermanTaxIdValidator.IsValid(text));

    [Theory]
    [InlineData("ca-sin", "130 692 544", true)]
    [InlineData("ca-sin", "046 454 286", false)]
    [InlineData("in-aadhaar", "3998-7654-3211", true)]
    [InlineData("in-aadhaar", "1998-7654-3211", false)]
    [InlineData("in-pan", "ABCPE1234F", true)]
    [InlineData("in-pan", "ABCDE1234F", false)]
    [InlineData("it-fiscal-code", "RSSMRA85T10A562S", true)]
    [InlineData("de-tax-id", "86 095 742 719", true)]
    [InlineData("verhoeff", "2363", true)]
    public void Registry_NationalIdValidators_AreRegistered(string name, string value, bool valid)
    {
        Assert.True(ValidatorRegistry.TryGet(name, out var validator));
        Assert.Equal(valid, validator(value));
    }
}
