using System.Buffers;
using System.Globalization;
using System.Text;

namespace Confidant.Redaction.Text;

/// <summary>
/// When two values of a class are the same value: the key of pseudonym tables and of tokenizing a
/// value once per message. Each class compares in its own way, so that only spellings of one value
/// meet ("4111 1111-1111 1111" and "4111111111111111" are one card) and different values never do
/// ("j.smith@x.com" and "jsmith@x.com" are two mailboxes; base58 wallet addresses differing only in
/// case are two wallets). Every form but <see cref="NormalForm.Exact"/> and
/// <see cref="NormalForm.Email"/> folds Unicode decimal digits to ASCII, as detection does, so a
/// card typed in full-width digits is the same card. The token vault's blind index uses the same
/// comparison, so a value has one token exactly when it has one pseudonym.
/// </summary>
public static class ValueNormalizer
{
    private const int StackLimit = 256;

    private static readonly Dictionary<string, NormalForm> Forms = new(StringComparer.Ordinal)
    {
        ["CARD_NUMBER"] = NormalForm.Digits,
        ["US_SSN"] = NormalForm.Digits,
        ["US_ITIN"] = NormalForm.Digits,
        ["PHONE"] = NormalForm.Digits,
        ["BANK_ACCOUNT"] = NormalForm.Digits,
        ["ROUTING_NUMBER"] = NormalForm.Digits,
        ["NPI"] = NormalForm.Digits,
        ["PIN"] = NormalForm.Digits,
        ["ONE_TIME_CODE"] = NormalForm.Digits,
        ["IBAN"] = NormalForm.Alphanumeric,
        ["SWIFT_BIC"] = NormalForm.Alphanumeric,
        ["UK_NINO"] = NormalForm.Alphanumeric,
        ["PASSPORT"] = NormalForm.Alphanumeric,
        ["DRIVER_LICENSE"] = NormalForm.Alphanumeric,
        ["MEDICAL_RECORD_NUMBER"] = NormalForm.Alphanumeric,
        ["HEALTH_PLAN_ID"] = NormalForm.Alphanumeric,
        ["MEDICARE_MBI"] = NormalForm.Alphanumeric,
        ["POSTCODE"] = NormalForm.Alphanumeric,
        ["EMAIL"] = NormalForm.Email,
        ["CRYPTO_WALLET"] = NormalForm.Exact,
        ["API_KEY"] = NormalForm.Exact,
        ["PRIVATE_KEY"] = NormalForm.Exact,
        ["PASSWORD"] = NormalForm.Exact,
        ["PERSON_NAME"] = NormalForm.Words,
        ["STREET_ADDRESS"] = NormalForm.Words,
        ["HEALTH_CONDITION"] = NormalForm.Words,
        ["SYMPTOM"] = NormalForm.Words,
        ["MEDICATION"] = NormalForm.Words,
        ["MEDICAL_PROCEDURE"] = NormalForm.Words,
    };

    /// <summary>How values of a class compare; classes not listed (custom ones too) compare exactly, trimmed.</summary>
    internal static NormalForm FormOf(string className) => Forms.GetValueOrDefault(className, NormalForm.Exact);

    /// <summary>
    /// Writes the normalised form of a value of <paramref name="className"/> into
    /// <paramref name="destination"/> (at least as long as <paramref name="value"/>) and returns its length.
    /// </summary>
    public static int Normalize(string className, ReadOnlySpan<char> value, Span<char> destination)
    {
        var form = FormOf(className);
        if (form is NormalForm.Exact or NormalForm.Email)
        {
            var trimmed = value.Trim();
            if (form == NormalForm.Email)
            {
                return trimmed.ToLowerInvariant(destination);
            }

            trimmed.CopyTo(destination);
            return trimmed.Length;
        }

        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value[i..], out var rune, out var length) != OperationStatus.Done)
            {
                // A lone surrogate carries no letter or digit; it can only make two names differ.
                if (form == NormalForm.Words)
                {
                    AppendPendingSpace(destination, ref n, ref pendingSpace);
                    destination[n++] = value[i];
                }

                i += 1;
                continue;
            }

            i += length;
            if (Rune.IsDigit(rune))
            {
                AppendPendingSpace(destination, ref n, ref pendingSpace);
                destination[n++] = (char)('0' + (int)Rune.GetNumericValue(rune));
            }
            else if (form == NormalForm.Digits || (form == NormalForm.Alphanumeric && !Rune.IsLetter(rune)))
            {
                // Separators do not tell values of these classes apart.
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = n > 0;
            }
            else
            {
                AppendPendingSpace(destination, ref n, ref pendingSpace);
                n += Rune.ToUpperInvariant(rune).EncodeToUtf16(destination[n..]);
            }
        }

        return n;
    }

    /// <summary>The normalised form as a string; used as a key in pseudonym tables. A value with nothing to keep is its own key.</summary>
    internal static string ToKey(string className, ReadOnlySpan<char> value)
    {
        var buffer = value.Length <= StackLimit ? stackalloc char[value.Length] : new char[value.Length];
        var n = Normalize(className, value, buffer);
        var key = n == 0 ? value.ToString() : new string(buffer[..n]);
        buffer.Clear();
        return key;
    }

    /// <summary>Whether two values of <paramref name="className"/> are the same value.</summary>
    internal static bool EqualNormalized(string className, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var first = a.Length <= StackLimit ? stackalloc char[a.Length] : new char[a.Length];
        var second = b.Length <= StackLimit ? stackalloc char[b.Length] : new char[b.Length];
        try
        {
            var n = Normalize(className, a, first);
            var m = Normalize(className, b, second);
            var x = n == 0 ? a : first[..n];
            var y = m == 0 ? b : second[..m];
            return x.SequenceEqual(y);
        }
        finally
        {
            first.Clear();
            second.Clear();
        }
    }

    /// <summary>
    /// The class-blind form the Hash action keys on: letters and digits, upper case. Kept as it was so
    /// that hashes already stored stay comparable with new ones.
    /// </summary>
    internal static int NormalizeForHash(ReadOnlySpan<char> value, Span<char> destination)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToUpper(c, CultureInfo.InvariantCulture);
            }
        }

        return n;
    }

    private static void AppendPendingSpace(Span<char> destination, ref int n, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            destination[n++] = ' ';
            pendingSpace = false;
        }
    }
}
