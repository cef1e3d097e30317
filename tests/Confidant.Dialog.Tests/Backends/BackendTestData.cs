using System.Security.Cryptography;
using Confidant.Dialog.Backends;

namespace Confidant.Dialog.Tests.Backends;

/// <summary>Customers, tokens and a fixed clock for the backend tests.</summary>
internal static class BackendTestData
{
    private const string Base32 = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>A Monday morning, so that the demo clinic has slots the same day.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static CustomerRef Alice { get; } = new("cust_Q2xpZW50LUFsaWNlLTAwMDE");

    public static CustomerRef Bob { get; } = new("cust_Q2xpZW50LUJvYi0wMDAwMDAy");

    /// <summary>A fresh pseudonym, as a keyed hash would give.</summary>
    public static CustomerRef NewCustomer() => new("cust_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>A token of the vault's shape (<c>tok_&lt;class&gt;_&lt;26 base32&gt;</c>).</summary>
    public static string Token(string dataClass) =>
        $"tok_{dataClass}_{RandomNumberGenerator.GetString(Base32, 26)}";

    public static CardToken Card(string lastFour = "1111") => new(Token("card_number"), lastFour);
}
