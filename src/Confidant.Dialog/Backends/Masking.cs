namespace Confidant.Dialog.Backends;

/// <summary>The one masked form of a card or account number that backends return: <c>•••• 1234</c>.</summary>
internal static class Masking
{
    /// <summary>Four bullets (U+2022), a space, then the last four digits.</summary>
    public const string Prefix = "•••• ";

    public static string Mask(string lastFour) => Prefix + lastFour;

    public static bool IsMasked(string? value) =>
        value is not null
        && value.Length == Prefix.Length + 4
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && !value.AsSpan(Prefix.Length).ContainsAnyExceptInRange('0', '9');

    /// <summary>Checks that a display value is masked, for records a backend returns.</summary>
    public static string Check(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsMasked(value))
        {
            throw new ArgumentException("A masked number is four bullets, a space and four digits (•••• 1234); anything longer is refused.", paramName);
        }

        return value;
    }
}
