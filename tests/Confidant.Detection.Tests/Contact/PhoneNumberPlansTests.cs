using System.Globalization;
using Confidant.Detection.Recognizers.Contact;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PhoneNumbers;

namespace Confidant.Detection.Tests.Contact;

/// <summary>
/// The plans may only rule out what libphonenumber rejects: every number it accepts must pass
/// them, whatever the region and however it is written (with a trunk prefix, the country code,
/// an international prefix, after '+'). Numbers are made from libphonenumber's own examples of
/// every type with their last digits changed, so many are valid, and from random digits.
/// </summary>
public class PhoneNumberPlansTests
{
    // The default regions, regions that share a country code (NANPA, +44, +61), one with a trunk
    // prefix rewrite (AR) and one libphonenumber does not know.
    private static readonly string[] Regions =
        ["US", "GB", "CA", "DE", "FR", "ES", "IN", "AU", "JM", "GG", "CX", "IT", "BR", "AR", "MX", "JP", "XX"];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly PhoneNumberPlans Plans = new(Util, Regions);

    private static readonly string[] Examples = BuildExamples();

    [Property(MaxTest = 3000)]
    public Property ANumberLibphonenumberAccepts_IsNeverRuledOut() =>
        Prop.ForAll(Numbers.ToArbitrary(), Gen.Choose(0, Regions.Length - 1).ToArbitrary(), (digits, regionIndex) =>
        {
            if (IsValid(digits, Regions[regionIndex]))
            {
                Assert.True(Plans.MayBeValid(digits, regionIndex), $"{digits} is valid in {Regions[regionIndex]}");
            }

            if (IsValid("+" + digits, null))
            {
                Assert.True(Plans.MayBeValidInternational(digits), $"+{digits} is valid");
            }
        });

    [Fact]
    public void EveryExampleNumber_PassesInItsOwnRegion_AndInternationally()
    {
        foreach (var region in Regions.Where(r => r != "XX"))
        {
            var index = Array.IndexOf(Regions, region);
            foreach (var example in ExamplesOf(region))
            {
                var national = Util.GetNationalSignificantNumber(example);
                var code = example.CountryCode.ToString(CultureInfo.InvariantCulture);
                var trunk = Util.GetMetadataForRegion(region).NationalPrefix ?? "";
                foreach (var written in new[] { national, trunk + national, code + national })
                {
                    if (IsValid(written, region))
                    {
                        Assert.True(Plans.MayBeValid(written, index), $"{region} example written {written}");
                    }
                }

                Assert.True(Plans.MayBeValidInternational(code + national), $"+{code}{national}");
            }
        }
    }

    [Fact]
    public void DigitsNoPlanAllows_AreRuledOut_WhereLibphonenumberAgrees()
    {
        // A US number never starts with 0 or 1 after the trunk prefix; 466 is no area code.
        Assert.False(Plans.MayBeValid("0123456789", Array.IndexOf(Regions, "US")));
        Assert.False(Plans.MayBeValid("4669332928", Array.IndexOf(Regions, "US")));
        Assert.False(Plans.MayBeValidInternational("14669332928"));
        Assert.False(Plans.MayBeValid("4669332928", Array.IndexOf(Regions, "FR")));

        // The same digits are a German landline number: not ruled out there.
        Assert.True(IsValid("4669332928", "DE"));
        Assert.True(Plans.MayBeValid("4669332928", Array.IndexOf(Regions, "DE")));
    }

    [Fact]
    public void RandomDigits_MostlyRuledOut_InRegionsWithStrictPlans()
    {
        // The plans are worth their cost only if they rule out much of what libphonenumber
        // rejects; a filter that lets everything through would pass the property above.
        var random = new Random(20261130);
        var ruledOut = 0;
        var rejected = 0;
        for (var i = 0; i < 2000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + random.Next(10))));
            foreach (var region in new[] { "US", "GB", "FR", "ES" })
            {
                if (!IsValid(digits, region))
                {
                    rejected++;
                    ruledOut += Plans.MayBeValid(digits, Array.IndexOf(Regions, region)) ? 0 : 1;
                }
            }
        }

        Assert.True(ruledOut > rejected * 0.9, $"{ruledOut} of {rejected} rejected numbers ruled out");
    }

    [Fact]
    public void InternationalPrefixAndUnknownRegions_AreLeftToLibphonenumber()
    {
        // "00" then any country's number, dialled from Germany; a region libphonenumber does not
        // know; a country code with a trunk prefix rewrite (Argentina); no country code at all.
        Assert.True(Plans.MayBeValid("0012025550123", Array.IndexOf(Regions, "DE")));
        Assert.True(Plans.MayBeValid("123", Array.IndexOf(Regions, "XX")));
        Assert.True(Plans.MayBeValid("1", Array.IndexOf(Regions, "AR")));
        Assert.True(Plans.MayBeValidInternational("0123"));
    }

    private static Gen<string> Numbers =>
        Gen.OneOf(
            // An example with its last one to four digits changed, written in one of the ways people do.
            from example in Gen.Elements(Examples)
            from changed in Gen.Choose(1, 4)
            from digits in Gen.Choose(0, 9).ArrayOf(changed)
            from prefix in Gen.Elements("", "", "0", "1", "00", "011", "44", "49", "91")
            select prefix + example[..^Math.Min(changed, example.Length)] + string.Concat(digits.Select(d => (char)('0' + d))),
            // Random digits of phone length.
            from length in Gen.Choose(2, 17)
            from digits in Gen.Choose(0, 9).ArrayOf(length)
            select string.Concat(digits.Select(d => (char)('0' + d))));

    private static bool IsValid(string number, string? region)
    {
        try
        {
            return Util.IsValidNumber(Util.Parse(number, region));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static IEnumerable<PhoneNumber> ExamplesOf(string region) =>
        Enum.GetValues<PhoneNumberType>().Select(type => Util.GetExampleNumberForType(region, type)).OfType<PhoneNumber>();

    private static string[] BuildExamples() =>
        [.. Regions.Where(r => r != "XX").SelectMany(ExamplesOf).Select(Util.GetNationalSignificantNumber).Distinct()];
}
