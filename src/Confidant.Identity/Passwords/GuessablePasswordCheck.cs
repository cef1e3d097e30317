using System.Globalization;

namespace Confidant.Identity.Passwords;

/// <summary>
/// Decides whether a password is a common one in disguise. After lowercasing, the decorations people
/// add are taken off both ends: runs of symbols or digits that are short (up to 4, such as a year or
/// "!!") or predictable (a sequence, a repeat, a date, a listed number). What remains, read as typed
/// and with leetspeak undone (@→a, 4→a, 0→o, 1→i or l, !→i, 3→e, 5→s, $→s, 7→t), is guessable when
/// it has fewer than 4 characters that are not part of one base: an entry of
/// <see cref="CommonPasswordList"/>, a context word, a run of one character, a keyboard or alphabet
/// sequence of 4 or more, or a part repeated. A passphrase that merely contains a common word has far more
/// than 4 other characters, and passes.
/// </summary>
internal static class GuessablePasswordCheck
{
    /// <summary>Fewer characters than this outside a base is no protection.</summary>
    private const int MinimumMaterial = 4;

    /// <summary>A run of digits or symbols at an end this short is always a decoration.</summary>
    private const int ShortDecoration = 4;

    /// <summary>How many decoration characters next to the core are also tried as leetspeak letters ("4dmin").</summary>
    private const int DecorationKeptForLeet = 8;

    /// <summary>Shortest alphabet or keyboard run counted as a base.</summary>
    private const int MinimumSequence = 4;

    // Rows typed left to right; runs both ways count. The digit row repeats so that 7890123 is one run.
    private static readonly string[] Sequences =
    [
        "abcdefghijklmnopqrstuvwxyz",
        "01234567890123456789",
        "1234567890-=",
        "!@#$%^&*()_+",
        "qwertyuiop[]",
        "asdfghjkl;'",
        "zxcvbnm,./",
        "qwertzuiop",
        "yxcvbnm",
        "azertyuiop",
        "qsdfghjklm",
        "wxcvbn",
    ];

    private enum Pass
    {
        Common,
        Context,
    }

    private enum CharClass : byte
    {
        Letter,
        Digit,
        Symbol,
    }

    /// <summary>
    /// Checks an NFKC-normalised password. <paramref name="contextWords"/> are lowercase words of the
    /// account (user name, parts of the e-mail address) that count as bases too.
    /// </summary>
    public static GuessableKind Check(string normalizedPassword, IReadOnlyCollection<string> contextWords)
    {
        ArgumentNullException.ThrowIfNull(normalizedPassword);
        ArgumentNullException.ThrowIfNull(contextWords);
        var lower = normalizedPassword.ToLowerInvariant();
        var joined = RemoveSeparators(lower);
        string[] forms = joined.Length == 0 || joined == lower ? [lower] : [lower, joined];
        if (forms.Any(form => IsGuessableForm(form, Pass.Common, contextWords)))
        {
            return GuessableKind.Common;
        }

        return contextWords.Count > 0 && forms.Any(form => IsGuessableForm(form, Pass.Context, contextWords))
            ? GuessableKind.ContextWord
            : GuessableKind.None;
    }

    /// <summary>The text as typed without spaces, hyphens, underscores and dots ("i love you" → "iloveyou").</summary>
    internal static string RemoveSeparators(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or '.')));

    /// <summary>Leetspeak read back as letters; <paramref name="oneIsL"/> picks what 1 stands for.</summary>
    internal static string UndoLeet(ReadOnlySpan<char> text, bool oneIsL)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' => oneIsL ? 'l' : 'i',
                '!' => 'i',
                '3' => 'e',
                '5' or '$' => 's',
                '7' => 't',
                var c => c,
            };
        }

        return new string(buffer);
    }

    private static bool IsGuessableForm(string form, Pass pass, IReadOnlyCollection<string> context)
    {
        var classes = Classify(form);
        var firstLetter = Array.IndexOf(classes, CharClass.Letter);
        var lastLetter = Array.LastIndexOf(classes, CharClass.Letter);
        var leadingLimit = firstLetter < 0 ? form.Length : firstLetter;

        // Strip decoration runs from the outside in, stopping at the first run that is real material.
        var coreStart = 0;
        while (coreStart < leadingLimit)
        {
            var runEnd = coreStart;
            while (runEnd < leadingLimit && classes[runEnd] == classes[coreStart])
            {
                runEnd++;
            }

            if (!IsDecoration(form.AsSpan(coreStart, runEnd - coreStart), classes[coreStart]))
            {
                break;
            }

            coreStart = runEnd;
        }

        var coreEnd = form.Length;
        var trailingLimit = Math.Max(coreStart, lastLetter + 1);
        while (coreEnd > trailingLimit)
        {
            var runStart = coreEnd;
            while (runStart > trailingLimit && classes[runStart - 1] == classes[coreEnd - 1])
            {
                runStart--;
            }

            if (!IsDecoration(form.AsSpan(runStart, coreEnd - runStart), classes[coreEnd - 1]))
            {
                break;
            }

            coreEnd = runStart;
        }

        if (pass == Pass.Common && PasswordText.CountCodePoints(form.AsSpan(coreStart, coreEnd - coreStart)) < MinimumMaterial)
        {
            return true;
        }

        // The core, and the core with some of its neighbouring decoration kept, as typed and as leetspeak.
        for (var start = coreStart; start >= Math.Max(0, coreStart - DecorationKeptForLeet); start--)
        {
            if (start < form.Length && char.IsLowSurrogate(form[start]))
            {
                continue;
            }

            for (var end = coreEnd; end <= Math.Min(form.Length, coreEnd + DecorationKeptForLeet); end++)
            {
                if (end < form.Length && char.IsLowSurrogate(form[end]))
                {
                    continue;
                }

                var candidate = form.AsSpan(start, end - start);
                if (IsGuessable(candidate, pass, context)
                    || IsGuessable(UndoLeet(candidate, oneIsL: false), pass, context)
                    || (candidate.Contains('1') && IsGuessable(UndoLeet(candidate, oneIsL: true), pass, context)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A run of digits or symbols at an end that is decoration, not material.</summary>
    private static bool IsDecoration(ReadOnlySpan<char> run, CharClass runClass) =>
        PasswordText.CountCodePoints(run) <= ShortDecoration
        || IsGuessable(run, Pass.Common, [])
        || (runClass == CharClass.Digit && IsDate(run));

    /// <summary>True when fewer than <see cref="MinimumMaterial"/> code points of <paramref name="text"/> lie outside one base.</summary>
    private static bool IsGuessable(ReadOnlySpan<char> text, Pass pass, IReadOnlyCollection<string> context)
    {
        for (var start = 0; start <= text.Length; start++)
        {
            if (start < text.Length && char.IsLowSurrogate(text[start]))
            {
                continue;
            }

            var before = PasswordText.CountCodePoints(text[..start]);
            if (before >= MinimumMaterial)
            {
                break;
            }

            for (var end = text.Length; end >= start; end--)
            {
                if (end < text.Length && char.IsLowSurrogate(text[end]))
                {
                    continue;
                }

                if (before + PasswordText.CountCodePoints(text[end..]) >= MinimumMaterial)
                {
                    break;
                }

                var part = text[start..end];
                if (part.IsEmpty ? pass == Pass.Common : IsBase(part, pass, context))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBase(ReadOnlySpan<char> part, Pass pass, IReadOnlyCollection<string> context)
    {
        if (pass == Pass.Common ? CommonPasswordList.Contains(part) || IsSequence(part) : IsContextWord(part, context))
        {
            return true;
        }

        // A part repeated ("abcabcabc", "passpass", "aaaaaaaa") is as guessable as the part.
        var period = SmallestPeriod(part);
        if (period == 0)
        {
            return false;
        }

        var unit = part[..period];
        return (pass == Pass.Common && PasswordText.CountCodePoints(unit) < MinimumMaterial) || IsGuessable(unit, pass, context);
    }

    private static bool IsContextWord(ReadOnlySpan<char> part, IReadOnlyCollection<string> context)
    {
        foreach (var word in context)
        {
            if (part.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The shortest p such that the text, three characters or more, is its first p characters repeated
    /// at least twice (the last time perhaps cut short); 0 if none. "aa" alone is not a pattern.
    /// </summary>
    private static int SmallestPeriod(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return 0;
        }

        for (var period = 1; period * 2 <= text.Length; period++)
        {
            var k = period;
            while (k < text.Length && text[k] == text[k - period])
            {
                k++;
            }

            if (k == text.Length)
            {
                return period;
            }
        }

        return 0;
    }

    /// <summary>Consecutive keys of one keyboard row or letters of the alphabet, either way ("abcd", "4321", "poiuy").</summary>
    private static bool IsSequence(ReadOnlySpan<char> text)
    {
        if (text.Length < MinimumSequence)
        {
            return false;
        }

        foreach (var row in Sequences)
        {
            for (var at = row.IndexOf(text[0], StringComparison.Ordinal); at >= 0; at = row.IndexOf(text[0], at + 1))
            {
                if (at + text.Length <= row.Length && row.AsSpan(at, text.Length).SequenceEqual(text))
                {
                    return true;
                }

                var backwards = true;
                for (var k = 0; k < text.Length && backwards; k++)
                {
                    backwards = at - k >= 0 && row[at - k] == text[k];
                }

                if (backwards)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A date of birth or anniversary: ddmmyy, mmddyy, yymmdd, ddmmyyyy, mmddyyyy or yyyymmdd.</summary>
    private static bool IsDate(ReadOnlySpan<char> digits)
    {
        if (digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return digits.Length switch
        {
            6 => IsDayMonth(digits[..2], digits[2..4]) || IsDayMonth(digits[2..4], digits[..2]) || IsDayMonth(digits[4..], digits[2..4]),
            8 => (IsYear(digits[4..]) && (IsDayMonth(digits[..2], digits[2..4]) || IsDayMonth(digits[2..4], digits[..2])))
                || (IsYear(digits[..4]) && IsDayMonth(digits[6..], digits[4..6])),
            _ => false,
        };

        static bool IsDayMonth(ReadOnlySpan<char> day, ReadOnlySpan<char> month) =>
            int.Parse(day, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 31
            && int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 12;

        static bool IsYear(ReadOnlySpan<char> year) =>
            int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1900 and <= 2099;
    }

    /// <summary>Letter (anything that is not a digit, punctuation, symbol, space or control), digit or symbol, per UTF-16 unit.</summary>
    private static CharClass[] Classify(string text)
    {
        var classes = new CharClass[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0)
            {
                classes[i] = classes[i - 1];
                continue;
            }

            classes[i] = CharUnicodeInfo.GetUnicodeCategory(text, i) switch
            {
                UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
                UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                    or UnicodeCategory.OtherSymbol or UnicodeCategory.SpaceSeparator or UnicodeCategory.Control
                    or UnicodeCategory.Format => CharClass.Symbol,
                _ => CharClass.Letter,
            };
        }

        return classes;
    }
}
