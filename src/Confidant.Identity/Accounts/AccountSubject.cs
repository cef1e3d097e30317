using System.Globalization;

namespace Confidant.Identity.Accounts;

/// <summary>
/// The subject id under which an account's keys, conversations and audit pseudonym live:
/// <c>customer-</c> and the account id in 32 hex digits.
/// </summary>
public static class AccountSubject
{
    private const string Prefix = "customer-";

    /// <summary>The subject id of account <paramref name="userId"/>.</summary>
    public static string Of(Guid userId) => Prefix + userId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The account a subject id names, if it names one.</summary>
    public static bool TryParse(string? subject, out Guid userId)
    {
        userId = Guid.Empty;
        return subject is not null && subject.StartsWith(Prefix, StringComparison.Ordinal)
            && Guid.TryParseExact(subject.AsSpan(Prefix.Length), "N", out userId);
    }
}
