using System.Security.Claims;
using Confidant.Identity.Accounts;
using Confidant.Identity.Devices;
using Confidant.Identity.Sessions;
using Confidant.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Server.Account;

/// <summary>
/// Turns a sign-in outcome into cookies: the session cookie for a new server-side session (a new
/// session id at every sign-in), the trusted-device cookie, and the short-lived attempt cookie
/// between the password and the second factor.
/// </summary>
public sealed class SessionSignIn
{
    private static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(10);
    private readonly IUserClaimsPrincipalFactory<ConfidantUser> _claims;
    private readonly SessionStore _sessions;
    private readonly TrustedDeviceStore _devices;
    private readonly ITimeLimitedDataProtector _attempts;

    /// <summary>Creates the helper.</summary>
    public SessionSignIn(IUserClaimsPrincipalFactory<ConfidantUser> claims, SessionStore sessions, TrustedDeviceStore devices, IDataProtectionProvider protection)
    {
        _devices = devices;
        _claims = claims;
        _sessions = sessions;
        _attempts = protection.CreateProtector("Confidant.Account.SignInAttempt.v1").ToTimeLimitedDataProtector();
    }

    /// <summary>Signs the browser in to the outcome's session and sets the device cookie if there is one.</summary>
    public async Task SignInAsync(HttpContext http, SignInOutcome outcome)
    {
        var principal = await _claims.CreateAsync(outcome.User!).ConfigureAwait(false);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(SessionStore.SessionClaim, outcome.Session!.Id.ToString()));
        identity.AddClaim(new Claim(SessionStore.MethodClaim, outcome.Session.Method));
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
        if (outcome.DeviceCookie is { } device)
        {
            http.Response.Cookies.Append(AccountCookies.Device, device, AccountCookies.Options(_devices.Lifetime));
        }

        http.Response.Cookies.Delete(AccountCookies.Attempt, AccountCookies.Options(null));
    }

    /// <summary>Ends the browser's session, server-side too.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (CurrentSession.Of(http) is { } session)
        {
            await _sessions.RevokeAsync(session.Id, http.RequestAborted).ConfigureAwait(false);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
    }

    /// <summary>Remembers the attempt between the password and the second factor (or, with <see cref="AccountCookies.Reset"/>, a password reset).</summary>
    public void RememberAttempt(HttpContext http, Guid attemptId, string cookie = AccountCookies.Attempt) =>
        http.Response.Cookies.Append(cookie, _attempts.Protect(cookie + ":" + attemptId.ToString("N"), AttemptLifetime), AccountCookies.Options(AttemptLifetime));

    /// <summary>The attempt (or reset) this browser is in the middle of, if any.</summary>
    public Guid? Attempt(HttpContext http, string cookie = AccountCookies.Attempt)
    {
        if (!http.Request.Cookies.TryGetValue(cookie, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var text = _attempts.Unprotect(value);
            return text.StartsWith(cookie + ":", StringComparison.Ordinal) && Guid.TryParseExact(text.AsSpan(cookie.Length + 1), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>What the sign-in flow needs to know of the request.</summary>
    public static SignInContext ContextOf(HttpContext http) =>
        new(http.Request.Headers.UserAgent.ToString(), http.Connection.RemoteIpAddress);
}
