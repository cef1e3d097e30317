using Confidant.Identity.Factors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Account;

/// <summary>
/// What passkeys need in the server besides Confidant.Identity: the domain and origins from
/// configuration (<c>Confidant:Identity:Passkeys</c>), and the cookie that carries a ceremony's
/// state between the options and the browser's answer.
/// </summary>
internal static class PasskeyHosting
{
    /// <summary>
    /// The ceremony cookie. SignInManager keeps the challenge (and, while adding a passkey, the
    /// account it is for) in an authentication ticket of Identity's two-factor user-id scheme,
    /// signing in to it when it makes options and reading and deleting it when it checks the answer.
    /// That scheme is the only one the passkey APIs use, so it is the only Identity cookie scheme
    /// registered here (no external-login or remember-me cookies). Protected by Data Protection,
    /// <c>__Host-</c>, HttpOnly, SameSite=Strict, and it lives as long as the browser waits.
    /// </summary>
    public const string CeremonyCookie = "__Host-confidant-passkey";

    public static AuthenticationBuilder AddConfidantPasskeys(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        authentication.Services.Configure<ConfidantPasskeyOptions>(configuration.GetSection(ConfidantPasskeyOptions.SectionName));
        authentication.AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = CeremonyCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.Cookie.IsEssential = true;
            o.SlidingExpiration = false;
        });
        authentication.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IOptions<ConfidantPasskeyOptions>>((cookie, passkeys) => cookie.ExpireTimeSpan = passkeys.Value.Timeout);
        authentication.Services.AddScoped<PasskeyCeremony>();
        return authentication;
    }
}
