using System.Globalization;

namespace Confidant.Identity.Passwords;

/// <summary>
/// The words of an account that a password must not be built on: the user name and the e-mail
/// address's local part (a password may not contain them at all), and their parts and the mail
/// domain's name (a password may not be one of them plus decorations).
/// </summary>
internal sealed class AccountNameWords
{
    /// <summary>Names shorter than this are only context words: "ann" may appear in "annabelle's garden".</summary>
    private const int MinimumContainedLength = 4;

    /// <summary>Parts shorter than this are not context words.</summary>
    private const int MinimumContextLength = 3;

    private readonly List<string> _names = [];
    private readonly HashSet<string> _contextWords = new(StringComparer.Ordinal);

    private AccountNameWords()
    {
    }

    /// <summary>Lowercase words that count as bases for <see cref="GuessablePasswordCheck"/>.</summary>
    public IReadOnlyCollection<string> ContextWords => _contextWords;

    /// <summary>Collects the words of a user name and e-mail address, either of which may be missing.</summary>
    public static AccountNameWords From(string? userName, string? email)
    {
        var words = new AccountNameWords();
        foreach (var value in new[] { userName, email })
        {
            if (string.IsNullOrWhiteSpace(value) || !PasswordText.TryNormalize(value.Trim(), out var normalized))
            {
                continue;
            }

            var lower = normalized.ToLowerInvariant();
            var at = lower.LastIndexOf('@');
            if (at < 0)
            {
                words.AddName(lower);
                continue;
            }

            words.AddName(lower[..at]);
            var domain = lower[(at + 1)..];
            var firstLabel = domain.Split('.')[0];
            words.AddParts(firstLabel);
        }

        return words;
    }

    /// <summary>True when the password, lowercased, with separators removed or leetspeak undone, contains a name.</summary>
    public bool IsContainedIn(string normalizedPassword)
    {
        if (_names.Count == 0)
        {
            return false;
        }

        var lower = normalizedPassword.ToLowerInvariant();
        var joined = GuessablePasswordCheck.RemoveSeparators(lower);
        string[] forms = [lower, joined, GuessablePasswordCheck.UndoLeet(joined, oneIsL: false), GuessablePasswordCheck.UndoLeet(joined, oneIsL: true)];
        return _names.Exists(name => forms.Any(form => form.Contains(name, StringComparison.Ordinal)));
    }

    private void AddName(string name)
    {
        foreach (var form in new[] { name, GuessablePasswordCheck.RemoveSeparators(name) })
        {
            var length = PasswordText.CountCodePoints(form);
            if (length >= MinimumContainedLength && !_names.Contains(form))
            {
                _names.Add(form);
            }

            if (length >= MinimumContextLength)
            {
                _contextWords.Add(form);
            }
        }

        AddParts(name);
    }

    /// <summary>Adds each run of letters (and marks) of at least <see cref="MinimumContextLength"/> code points.</summary>
    private void AddParts(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text, i) || char.IsLowSurrogate(text[i])
                || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var part = text[start..i];
                if (PasswordText.CountCodePoints(part) >= MinimumContextLength)
                {
                    _contextWords.Add(part);
                }

                start = -1;
            }
        }
    }
}
