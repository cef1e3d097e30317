using System.Buffers;
using Confidant.Protection.Vault;

namespace Confidant.Dialog.Backends;

/// <summary>
/// Argument checks shared by the demo backends and the HTTP connectors, so that both refuse the same
/// inputs. Messages say what shape was expected and never repeat the value: a value in the wrong
/// place may be exactly the raw data that must not travel (a card number where a token belongs).
/// </summary>
internal static class BackendArguments
{
    public const int MaxTransactions = 20;
    public const int MaxQuantity = 99;

    private static readonly SearchValues<char> LowercaseAndDash = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    public static CustomerRef Customer(CustomerRef customer, string paramName = "customer")
    {
        ArgumentNullException.ThrowIfNull(customer, paramName);
        return customer;
    }

    public static string VaultToken(string token, string paramName)
    {
        ArgumentNullException.ThrowIfNull(token, paramName);
        if (!TokenVault.IsWellFormed(token))
        {
            throw new ArgumentException("Expected a vault token (tok_<class>_<26 characters>); raw values are never sent to a backend.", paramName);
        }

        return token;
    }

    public static string LastFour(string lastFour, string paramName)
    {
        ArgumentNullException.ThrowIfNull(lastFour, paramName);
        if (lastFour.Length != 4 || lastFour.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected exactly the last four digits of the card.", paramName);
        }

        return lastFour;
    }

    public static int TransactionCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxTransactions);
        return count;
    }

    public static int Quantity(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantity, MaxQuantity);
        return quantity;
    }

    /// <summary>
    /// An idempotency key travels in a header: 8 to 128 characters of <c>A-Z a-z 0-9 . _ : -</c>
    /// (a GUID, a ULID or a hash of the action fits).
    /// </summary>
    public static string IdempotencyKey(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length is < 8 or > 128 || !OnlyIdCharacters(key, ".:_-"))
        {
            throw new ArgumentException("An idempotency key is 8 to 128 characters of A-Z, a-z, 0-9, '.', ':', '_' and '-'.", paramName);
        }

        return key;
    }

    /// <summary>
    /// An id a backend handed out (item number, order id, slot id): 1 to 64 characters of
    /// <c>A-Z a-z 0-9 . _ -</c>, starting with a letter or digit (so that it is one safe URL path
    /// segment: never <c>..</c>).
    /// </summary>
    public static string Id(string id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (id.Length is < 1 or > 64 || !char.IsAsciiLetterOrDigit(id[0]) || !OnlyIdCharacters(id, "._-"))
        {
            throw new ArgumentException("Expected an id of 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-', starting with a letter or digit.", paramName);
        }

        return id;
    }

    /// <summary>A postcode (the minimised form of an address): 2 to 10 characters of letters, digits and single spaces.</summary>
    public static string Postcode(string postcode, string paramName)
    {
        ArgumentNullException.ThrowIfNull(postcode, paramName);
        if (postcode.Length is < 2 or > 10 || !OnlyIdCharacters(postcode, " ") || postcode.Trim().Length != postcode.Length)
        {
            throw new ArgumentException("Expected a postcode of 2 to 10 letters, digits and spaces.", paramName);
        }

        return postcode;
    }

    /// <summary>A postcode area or district (<c>SW1</c>, <c>M1</c>), or null: 1 to 4 letters and digits.</summary>
    public static string? PostcodeArea(string? area, string paramName)
    {
        if (area is not null && (area.Length is < 1 or > 4 || !OnlyIdCharacters(area, "")))
        {
            throw new ArgumentException("Expected a postcode area of 1 to 4 letters and digits, or none.", paramName);
        }

        return area;
    }

    /// <summary>A vocabulary word (a specialty): 1 to 64 lowercase letters and '-'.</summary>
    public static string Word(string word, string paramName)
    {
        ArgumentNullException.ThrowIfNull(word, paramName);
        if (word.Length is < 1 or > 64 || word.AsSpan().ContainsAnyExcept(LowercaseAndDash))
        {
            throw new ArgumentException("Expected a word of 1 to 64 lowercase letters and '-'.", paramName);
        }

        return word;
    }

    /// <summary>A free-text search query for a catalogue: 1 to 100 characters, no control characters.</summary>
    public static string Query(string query, string paramName)
    {
        ArgumentNullException.ThrowIfNull(query, paramName);
        if (string.IsNullOrWhiteSpace(query) || query.Length > 100 || query.Any(char.IsControl))
        {
            throw new ArgumentException("Expected a search query of 1 to 100 characters.", paramName);
        }

        return query;
    }

    private static bool OnlyIdCharacters(string value, string extra)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !extra.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
