namespace Confidant.Server.Account;

/// <summary>
/// The account's cookies. Every one is <c>__Host-</c> (Secure, path /, no domain: no subdomain can
/// set or read it), HttpOnly and SameSite=Strict.
/// </summary>
internal static class AccountCookies
{
    /// <summary>The session cookie (ASP.NET Core cookie authentication; the session itself lives server-side).</summary>
    public const string Session = "__Host-confidant-session";

    /// <summary>A trusted device's id and secret.</summary>
    public const string Device = "__Host-confidant-device";

    /// <summary>The sign-in attempt between password and second factor (protected, ten minutes).</summary>
    public const string Attempt = "__Host-confidant-signin";

    /// <summary>A password reset between the e-mailed code and the new password (protected, ten minutes).</summary>
    public const string Reset = "__Host-confidant-reset";

    /// <summary>The antiforgery cookie of the account pages.</summary>
    public const string Antiforgery = "__Host-confidant-af";

    /// <summary>Options for a cookie of this family.</summary>
    public static CookieOptions Options(TimeSpan? maxAge) => new()
    {
        Secure = true,
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        MaxAge = maxAge,
        IsEssential = true,
    };
}
