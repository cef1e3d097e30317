using Confidant.Detection.Recognizers.Contact;
using PhoneNumbers;

namespace Confidant.Detection.Tests.Contact;

/// <summary>
/// The phone recognizer's shortcuts past libphonenumber must give libphonenumber's own answer: a
/// number turned down by its length is one libphonenumber finds invalid, and a number valid in the
/// main region of its calling code is one it finds valid. Checked in every region it knows, on
/// random digit strings shaped the ways a parse reads them (starting with the calling code, a
/// national prefix, an international prefix) and on its own example numbers written three ways.
/// </summary>
public class PhoneRegionTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [Fact]
    public void Shortcuts_InEveryRegion_AgreeWithLibphonenumber()
    {
        var random = new Random(20261202);
        var turnedDown = 0;
        var disagreements = new List<string>();
        foreach (var code in Util.GetSupportedRegions().Order(StringComparer.Ordinal))
        {
            var region = PhoneRegion.Of(code);
            var metadata = Util.GetMetadataForRegion(code);
            foreach (var digits in Numbers(random, metadata, code, count: 600))
            {
                var valid = IsValid(digits, code, out var parsed);
                if (region.CannotBeValid(digits))
                {
                    turnedDown++;
                    if (valid)
                    {
                        disagreements.Add($"{code} {digits}: turned down by length, valid to libphonenumber");
                    }
                }

                if (region.IsMain && parsed is not null && Util.IsValidNumberForRegion(parsed, code) && !valid)
                {
                    disagreements.Add($"{code} {digits}: valid in the main region, invalid to libphonenumber");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(turnedDown > 10_000, $"only {turnedDown} numbers turned down: the length check did nothing to test");
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("GB", true)]
    [InlineData("CA", false)] // +1 belongs to the US first
    [InlineData("GG", false)] // Guernsey shares +44 with the UK
    public void IsMain_IsTheFirstRegionOfItsCallingCode(string code, bool main) =>
        Assert.Equal(main, PhoneRegion.Of(code).IsMain);

    [Theory]
    [InlineData("US", "389501234")]      // 9 digits: no +1 number has 9
    [InlineData("FR", "12345678901")]    // French national numbers have 9 digits
    [InlineData("ES", "1234567")]
    public void CannotBeValid_LengthNoRegionOfTheCodeHas_IsTurnedDown(string code, string digits) =>
        Assert.True(PhoneRegion.Of(code).CannotBeValid(digits));

    [Theory]
    [InlineData("US", "4155552671")]
    [InlineData("US", "14155552671")]    // the calling code typed first
    [InlineData("US", "114155552671")]   // and the national prefix after it
    [InlineData("US", "1114155552671")]  // and the national prefix twice: libphonenumber strips both
    [InlineData("GB", "07911123456")]
    [InlineData("AU", "001161412345678")] // the international prefix: always asked
    public void CannotBeValid_ValidNumber_IsAsked(string code, string digits)
    {
        Assert.True(IsValid(digits, code, out _), "libphonenumber should take this number");
        Assert.False(PhoneRegion.Of(code).CannotBeValid(digits));
    }

    [Fact]
    public void Of_UnknownRegion_IsAlwaysAsked() =>
        Assert.False(PhoneRegion.Of("ZZ").CannotBeValid("4155552671"));

    private static IEnumerable<string> Numbers(Random random, PhoneMetadata metadata, string code, int count)
    {
        var callingCode = metadata.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var example = Util.GetExampleNumber(code);
        var national = example is null ? null : Util.GetNationalSignificantNumber(example);
        for (var i = 0; i < count; i++)
        {
            if (national is not null && i % 4 == 0)
            {
                yield return (i / 4 % 3) switch
                {
                    0 => national,
                    1 => (metadata.NationalPrefix ?? string.Empty) + national,
                    _ => callingCode + national,
                };
                continue;
            }

            var chars = new char[random.Next(5, 18)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)('0' + random.Next(10));
            }

            var start = random.Next(5) switch
            {
                0 => callingCode,
                1 => "0",
                2 => "1",
                3 => "00",
                _ => string.Empty,
            };
            start.AsSpan(0, Math.Min(start.Length, chars.Length)).CopyTo(chars);
            yield return new string(chars);
        }
    }

    private static bool IsValid(string digits, string code, out PhoneNumber? parsed)
    {
        try
        {
            parsed = Util.Parse(digits, code);
            return Util.IsValidNumber(parsed);
        }
        catch (NumberParseException)
        {
            parsed = null;
            return false;
        }
    }
}
