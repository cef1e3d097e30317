using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// One national format of a region that dials a trunk prefix (the '0' of "020 7946 0958"), read
/// from libphonenumber's metadata: which numbers it formats and whether the prefix is written with
/// them. libphonenumber chooses a format the same way (the last leading-digits pattern matches the
/// number's start, the pattern the whole number) but does not expose that choice.
/// </summary>
internal sealed class TrunkPrefixFormat
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly Regex? _leadingDigits;
    private readonly Regex _pattern;

    private TrunkPrefixFormat(NumberFormat format)
    {
        var leading = format.LeadingDigitsPatternList;
        _leadingDigits = leading.Count == 0 ? null
            : new Regex(@"\G(?:" + leading[^1] + ")", RegexOptions.CultureInvariant, MatchTimeout);
        _pattern = new Regex(@"\A(?:" + format.Pattern + @")\z", RegexOptions.CultureInvariant, MatchTimeout);
        PrefixWritten = !format.NationalPrefixOptionalWhenFormatting && !string.IsNullOrEmpty(format.NationalPrefixFormattingRule);
    }

    /// <summary>Whether the region's people write the trunk prefix before numbers of this format.</summary>
    public bool PrefixWritten { get; }

    /// <summary>
    /// True when <paramref name="region"/>'s people write <paramref name="nationalNumber"/> without
    /// a trunk prefix: the region has none, the first of its formats that fits the number does not
    /// write it, or no format fits (then nothing says a prefix belongs there).
    /// </summary>
    public static bool WrittenWithout(string region, string nationalNumber)
    {
        foreach (var format in Formats.GetOrAdd(region, Read))
        {
            if (format.Fits(nationalNumber))
            {
                return !format.PrefixWritten;
            }
        }

        return true;
    }

    /// <summary>Each region's formats, read once when first asked (a region without a trunk prefix has none).</summary>
    private static readonly ConcurrentDictionary<string, TrunkPrefixFormat[]> Formats = new(StringComparer.Ordinal);

    private static TrunkPrefixFormat[] Read(string region)
    {
        var metadata = PhoneNumberUtil.GetInstance().GetMetadataForRegion(region);
        return metadata is null || string.IsNullOrEmpty(metadata.NationalPrefix)
            ? []
            : [.. metadata.NumberFormatList.Select(f => new TrunkPrefixFormat(f))];
    }

    private bool Fits(string nationalNumber) =>
        (_leadingDigits is null || _leadingDigits.IsMatch(nationalNumber)) && _pattern.IsMatch(nationalNumber);
}
