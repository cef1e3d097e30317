using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// Rules out, without allocating, digits that libphonenumber could not accept as a valid number
/// of a region, so that it is asked (and parses, allocates and runs its many patterns) only about
/// digits it might accept. Only ever a necessary condition, read from libphonenumber's own
/// metadata; when in doubt the answer is "may be valid" and libphonenumber decides:
/// <list type="bullet">
/// <item>validation accepts a national significant number only as a number type (fixed line,
/// mobile, toll free...) of a region of its country code: one of the type's patterns matches it,
/// at a length the type and the region allow;</item>
/// <item>parsing digits written without '+' (no letters, no extension) in a region takes as the
/// national significant number the digits, or the digits after the region's country code, either
/// of them with or without the region's trunk prefix (what its national-prefix-for-parsing
/// pattern matches at the start). Regions that rewrite the trunk prefix (a transform rule), and
/// digits that start with the region's international prefix (any country's number may follow),
/// are left to libphonenumber;</item>
/// <item>after a '+', the first one to three digits that are a country code are that country's
/// (country codes are a prefix code), and the national significant number is the rest, with or
/// without the trunk prefix of the country's main region.</item>
/// </list>
/// </summary>
internal sealed class PhoneNumberPlans
{
    /// <summary>Longest country calling code (ITU E.164).</summary>
    private const int MaxCountryCodeLength = 3;

    private readonly PhoneNumberUtil _util;
    private readonly Region?[] _regions;
    private readonly bool[] _countryCodes = new bool[1000];

    /// <summary>
    /// Per country code, what its national numbers may look like (null: anything may be valid).
    /// Shared: libphonenumber's metadata is the same for every detector.
    /// </summary>
    private static readonly ConcurrentDictionary<int, NationalNumbers?> NationalNumbersByCode = new();

    /// <summary>Per country code, how a number after '+' and that code is read; null: always ask.</summary>
    private readonly ConcurrentDictionary<int, Region?> _international = new();

    /// <param name="util">libphonenumber, whose metadata this reads.</param>
    /// <param name="regions">The regions numbers without '+' are tried in, as <see cref="MayBeValid"/> indexes them.</param>
    public PhoneNumberPlans(PhoneNumberUtil util, IReadOnlyList<string> regions)
    {
        _util = util;
        foreach (var code in util.GetSupportedCallingCodes())
        {
            _countryCodes[code] = true;
        }

        _regions = [.. regions.Select(RegionOf)];
    }

    /// <summary>
    /// False when <paramref name="digits"/>, dialled without '+' in the region at
    /// <paramref name="regionIndex"/>, cannot be a valid number there.
    /// </summary>
    public bool MayBeValid(ReadOnlySpan<char> digits, int regionIndex)
    {
        var region = _regions[regionIndex];
        if (region is null || (region.InternationalPrefix?.IsMatch(digits) ?? false))
        {
            return true;
        }

        return region.MayBeNational(digits)
            || (digits.StartsWith(region.CountryCodeDigits, StringComparison.Ordinal) && region.MayBeNational(digits[region.CountryCodeDigits.Length..]));
    }

    /// <summary>False when <paramref name="digits"/>, the digits after a '+', cannot be a valid number anywhere.</summary>
    public bool MayBeValidInternational(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits[0] == '0')
        {
            return true; // no country code starts with 0: libphonenumber will say so
        }

        var code = 0;
        for (var length = 1; length <= Math.Min(MaxCountryCodeLength, digits.Length); length++)
        {
            code = (code * 10) + (digits[length - 1] - '0');
            if (_countryCodes[code])
            {
                var region = _international.GetOrAdd(code, static (c, plans) => plans.RegionOf(plans._util.GetRegionCodeForCountryCode(c)), this);
                return region is null || region.MayBeNational(digits[length..]);
            }
        }

        return true; // no country code: libphonenumber will say so
    }

    /// <summary>How a region reads numbers; null when this cannot rule any out.</summary>
    private Region? RegionOf(string regionCode)
    {
        var metadata = _util.GetMetadataForRegion(regionCode);
        if (metadata is null || !string.IsNullOrEmpty(metadata.NationalPrefixTransformRule))
        {
            return null; // unknown to libphonenumber (or non-geographic), or the national number is not a suffix
        }

        var nationalNumbers = NationalNumbersByCode.GetOrAdd(metadata.CountryCode, static (code, util) => NationalNumbersOf(util, code), _util);
        return nationalNumbers is null
            ? null
            : new Region(metadata.CountryCode.ToString(CultureInfo.InvariantCulture), PrefixPattern(metadata.InternationalPrefix),
                PrefixPattern(metadata.NationalPrefixForParsing), nationalNumbers);
    }

    /// <summary>
    /// What validation may accept as a national significant number of a country code: a number
    /// matching the pattern of a number type (fixed line, mobile, toll free...) of one of its
    /// regions, at a length both the type and the region's general description allow (a
    /// description without lengths allows any). Validation also matches the general pattern;
    /// leaving that out keeps one pattern per length cheap and the test still necessary. Null when
    /// a region has no general description.
    /// </summary>
    private static NationalNumbers? NationalNumbersOf(PhoneNumberUtil util, int countryCode)
    {
        var byLength = new List<string>[NationalNumbers.MaxLength + 1];
        foreach (var regionCode in util.GetRegionCodesForCountryCode(countryCode))
        {
            var metadata = util.GetMetadataForRegion(regionCode);
            var general = metadata?.GeneralDesc;
            if (metadata is null || general is null || string.IsNullOrEmpty(general.NationalNumberPattern))
            {
                return null;
            }

            PhoneNumberDesc?[] types =
            [
                metadata.FixedLine, metadata.Mobile, metadata.TollFree, metadata.PremiumRate, metadata.SharedCost,
                metadata.PersonalNumber, metadata.Voip, metadata.Pager, metadata.Uan, metadata.Voicemail,
            ];
            foreach (var type in types)
            {
                if (type is null || string.IsNullOrEmpty(type.NationalNumberPattern))
                {
                    continue;
                }

                for (var length = 1; length <= NationalNumbers.MaxLength; length++)
                {
                    if (Allows(general, length) && Allows(type, length))
                    {
                        (byLength[length] ??= []).Add($"(?:{type.NationalNumberPattern})");
                    }
                }
            }
        }

        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        return new NationalNumbers([.. byLength.Select(alternatives => alternatives is null ? null
            : patterns.TryGetValue(string.Join('|', alternatives), out var known) ? known
            : patterns[string.Join('|', alternatives)] = new Regex($"^(?:{string.Join('|', alternatives)})\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled))]);
    }

    /// <summary>Whether a description's possible lengths (none listed: any) include <paramref name="length"/>.</summary>
    private static bool Allows(PhoneNumberDesc desc, int length) =>
        desc.PossibleLengthCount == 0 || desc.PossibleLengthList.Contains(length);

    private static Regex? PrefixPattern(string? pattern) =>
        string.IsNullOrEmpty(pattern) ? null : new Regex($"^(?:{pattern})", RegexOptions.CultureInvariant);

    /// <summary>A region's country code, international and trunk prefixes, and its country's national numbers.</summary>
    private sealed class Region(string countryCodeDigits, Regex? internationalPrefix, Regex? trunkPrefix, NationalNumbers nationalNumbers)
    {
        public string CountryCodeDigits { get; } = countryCodeDigits;

        public Regex? InternationalPrefix { get; } = internationalPrefix;

        /// <summary>Whether <paramref name="digits"/>, with or without the trunk prefix, may be a national significant number.</summary>
        public bool MayBeNational(ReadOnlySpan<char> digits)
        {
            if (nationalNumbers.Matches(digits))
            {
                return true;
            }

            if (trunkPrefix is not null)
            {
                // Anchored at the start: one match at most.
                foreach (var match in trunkPrefix.EnumerateMatches(digits))
                {
                    return match.Length > 0 && nationalNumbers.Matches(digits[match.Length..]);
                }
            }

            return false;
        }
    }

    /// <summary>What a country's national significant numbers may look like, by length.</summary>
    private sealed class NationalNumbers(Regex?[] byLength)
    {
        /// <summary>Longest national significant number libphonenumber parses.</summary>
        public const int MaxLength = 17;

        public bool Matches(ReadOnlySpan<char> digits) =>
            digits.Length > MaxLength || (byLength[digits.Length]?.IsMatch(digits) ?? false);
    }
}
