using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>
/// A region the phone recognizer reads numbers in, with what libphonenumber's metadata says about
/// it that lets the recognizer skip asking libphonenumber (a parse costs some microseconds, and
/// most digit runs in chat are order numbers and amounts that no region takes):
/// <list type="bullet">
/// <item>the lengths a number of its calling code can have: a digit string whose national part
/// cannot have one of them, however the parse reads it, is not valid there;</item>
/// <item>whether it is the main region of its calling code: libphonenumber asks that region first
/// when it validates, so a number valid there is valid.</item>
/// </list>
/// The answers equal libphonenumber's own (a test compares them on random and example numbers in
/// every region).
/// </summary>
internal sealed class PhoneRegion
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly string _countryCode;
    private readonly Regex? _internationalPrefix;
    private readonly Regex? _nationalPrefix;

    /// <summary>Bit n set when some region of the calling code has national numbers of n digits; 0 when lengths say nothing.</summary>
    private readonly ulong _lengths;

    private PhoneRegion(string code, PhoneMetadata? metadata)
    {
        Code = code;
        _countryCode = string.Empty;
        if (metadata is null)
        {
            return;
        }

        var util = PhoneNumberUtil.GetInstance();
        _countryCode = metadata.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        IsMain = util.GetRegionCodeForCountryCode(metadata.CountryCode) == code && string.IsNullOrEmpty(metadata.LeadingDigits);

        // A national prefix rewritten by a transform rule (Argentina, Mexico...) changes the length
        // of what is left; such regions are always asked.
        if (!string.IsNullOrEmpty(metadata.NationalPrefixTransformRule) || string.IsNullOrEmpty(metadata.InternationalPrefix))
        {
            return;
        }

        // libphonenumber hands a number to whichever region of its calling code fits it, so the
        // lengths are those of every region sharing the code (Saint Helena's and Tristan da Cunha's).
        ulong lengths = 0;
        foreach (var sharing in util.GetRegionCodesForCountryCode(metadata.CountryCode))
        {
            var general = util.GetMetadataForRegion(sharing)?.GeneralDesc;
            if (general is null || general.PossibleLengthCount == 0)
            {
                return;
            }

            foreach (var length in general.PossibleLengthList)
            {
                lengths |= length is > 0 and < 64 ? 1UL << length : 0;
            }
        }

        _lengths = lengths;
        _internationalPrefix = StartRegex(metadata.InternationalPrefix);
        _nationalPrefix = string.IsNullOrEmpty(metadata.NationalPrefixForParsing) ? null : StartRegex(metadata.NationalPrefixForParsing);
    }

    /// <summary>The region code (ISO 3166-1 alpha-2).</summary>
    public string Code { get; }

    /// <summary>Whether libphonenumber asks this region first about numbers of its calling code (and it claims them by no leading digits).</summary>
    public bool IsMain { get; }

    /// <summary>The region <paramref name="code"/> as libphonenumber knows it (a code it does not know is kept, and always asked).</summary>
    public static PhoneRegion Of(string code) => new(code, PhoneNumberUtil.GetInstance().GetMetadataForRegion(code));

    /// <summary>
    /// True when <paramref name="digits"/> (ASCII digits, no '+') cannot be a valid number of this
    /// region: no way the parse reads it leaves a national number of a length the calling code has.
    /// The parse reads it as typed, without a national prefix, or without the calling code and up
    /// to two national prefixes ("1 1 415..." in the US); one starting with the international
    /// prefix is always asked about.
    /// </summary>
    public bool CannotBeValid(string digits)
    {
        try
        {
            return LengthsRuleOut(digits);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // the prefixes could not be read in time (a paused thread): libphonenumber is asked
        }
    }

    private bool LengthsRuleOut(string digits)
    {
        if (_lengths == 0 || _internationalPrefix!.IsMatch(digits))
        {
            return false;
        }

        if (Fits(digits.Length) || Fits(digits.Length - NationalPrefixLength(digits)))
        {
            return false;
        }

        if (!digits.StartsWith(_countryCode, StringComparison.Ordinal))
        {
            return true;
        }

        var rest = digits.AsSpan(_countryCode.Length);
        if (Fits(rest.Length))
        {
            return false;
        }

        var prefix = NationalPrefixLength(rest);
        return !Fits(rest.Length - prefix) && (prefix == 0 || !Fits(rest.Length - prefix - NationalPrefixLength(rest[prefix..])));
    }

    private bool Fits(int length) => length is > 0 and < 64 && (_lengths & (1UL << length)) != 0;

    private int NationalPrefixLength(ReadOnlySpan<char> digits)
    {
        if (_nationalPrefix is not null)
        {
            foreach (var match in _nationalPrefix.EnumerateMatches(digits))
            {
                return match.Length;
            }
        }

        return 0;
    }

    private static Regex StartRegex(string pattern) =>
        new(@"\A(?:" + pattern + ")", RegexOptions.CultureInvariant, MatchTimeout);
}
