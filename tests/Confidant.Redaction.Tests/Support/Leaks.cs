using System.Text.RegularExpressions;

namespace Confidant.Redaction.Tests.Support;

/// <summary>Finds a raw value in an output, in its common formattings.</summary>
internal static class Leaks
{
    /// <summary>The value as typed, its letters and digits only, and those in groups of four with spaces and with dashes.</summary>
    public static IEnumerable<string> Formattings(string value)
    {
        yield return value;
        var compact = new string([.. value.Where(char.IsLetterOrDigit)]);
        if (compact.Length == 0)
        {
            yield break;
        }

        yield return compact;
        var groups = Enumerable.Range(0, (compact.Length + 3) / 4).Select(i => compact.Substring(i * 4, Math.Min(4, compact.Length - (i * 4)))).ToList();
        yield return string.Join(' ', groups);
        yield return string.Join('-', groups);
    }

    /// <summary>
    /// The formatting of <paramref name="value"/> found in <paramref name="output"/>, or null. Short
    /// formattings (under 6 chars) must stand alone, so "47" is not found inside a token.
    /// </summary>
    public static string? Find(string? output, string value)
    {
        if (string.IsNullOrEmpty(output))
        {
            return null;
        }

        foreach (var formatting in Formattings(value).Distinct())
        {
            var found = formatting.Length >= 6
                ? output.Contains(formatting, StringComparison.OrdinalIgnoreCase)
                : Regex.IsMatch(output, $"(?<![A-Za-z0-9]){Regex.Escape(formatting)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase);
            if (found)
            {
                return formatting;
            }
        }

        return null;
    }
}
