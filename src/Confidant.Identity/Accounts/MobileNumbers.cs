using PhoneNumbers;

namespace Confidant.Identity.Accounts;

/// <summary>Phone numbers for text-message codes, read and checked with libphonenumber and kept in E.164.</summary>
public static class MobileNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of a number that can receive texts, or null when it is not one.</summary>
    public static string? TryNormalise(string? input, string defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }

        try
        {
            var number = Util.Parse(input, defaultRegion);
            if (!Util.IsValidNumber(number))
            {
                return null;
            }

            var type = Util.GetNumberType(number);
            return type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE
                ? Util.Format(number, PhoneNumberFormat.E164)
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The number as the account pages show it: country code and last two digits (+44 ••• 23).</summary>
    public static string Mask(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        try
        {
            var number = Util.Parse(e164, null);
            return $"+{number.CountryCode} ••• {e164[^2..]}";
        }
        catch (NumberParseException)
        {
            return "•••";
        }
    }
}
