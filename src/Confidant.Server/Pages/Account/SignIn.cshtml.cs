using System.Globalization;
using Confidant.Identity.SignIn;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>
/// The password step (one answer for a wrong password and an unknown address), and sign-in with a
/// passkey alone, which proves both factors.
/// </summary>
public sealed class SignInModel : PageModel
{
    private readonly SignInFlow _flow;
    private readonly SessionSignIn _cookies;
    private readonly PasskeyCeremony _passkeys;

    /// <summary>Creates the page.</summary>
    public SignInModel(SignInFlow flow, SessionSignIn cookies, PasskeyCeremony passkeys)
    {
        _flow = flow;
        _cookies = cookies;
        _passkeys = passkeys;
    }

    /// <summary>The sign-in name.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go afterwards (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the browser comes from a finished password reset.</summary>
    public bool ResetDone => string.Equals(Request.Query["reset"], "done", StringComparison.Ordinal);

    /// <summary>The passkey the browser signed: the JSON of <c>navigator.credentials.get()</c>, put in the form by passkeys.js.</summary>
    [BindProperty]
    public string? Credential { get; set; }

    /// <summary>What went wrong, for the page.</summary>
    public string? Error { get; private set; }

    /// <summary>Why a passkey was refused (a <see cref="Confidant.Identity.Factors.PasskeyErrors"/> code).</summary>
    public string? PasskeyError { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password; signs in, or goes on to the second factor.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await _flow.PasswordAsync(Email, Password, Request.Cookies[AccountCookies.Device], SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        switch (outcome.Status)
        {
            case SignInStatus.SignedIn:
                await _cookies.SignInAsync(HttpContext, outcome).ConfigureAwait(false);
                return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
            case SignInStatus.NeedsSecondFactor:
                _cookies.RememberAttempt(HttpContext, outcome.AttemptId!.Value);
                return Redirect(AccountPaths.Verify(ReturnUrl));
            case SignInStatus.Throttled:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var seconds = (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds);
                if (!outcome.NeedsPasswordReset)
                {
                    Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                Error = outcome.NeedsPasswordReset
                    ? "Sign-in with a password is stopped for this address after too many wrong passwords. Use \"Forgot your password?\" to open it again."
                    : $"Too many wrong passwords for this address. Try again in {seconds} seconds.";
                return Page();
            default:
                Error = "The e-mail address or the password is not right.";
                return Page();
        }
    }

    /// <summary>
    /// Options for <c>navigator.credentials.get()</c>, as JSON, with a new challenge each time.
    /// A POST with the page's antiforgery token in a header (Razor Pages checks it before this
    /// runs), like every form on these pages: SameSite=Strict alone would trust any page of the
    /// same site, sibling subdomains included, and making options replaces this browser's ceremony.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return Content(await _passkeys.RequestOptionsAsync().ConfigureAwait(false), "application/json");
    }

    /// <summary>Checks the passkey; signs in (a passkey is both factors), or shows why not.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(CancellationToken cancellationToken)
    {
        var (user, error) = await _passkeys.AssertAsync(Credential, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            PasskeyError = error;
            return Page();
        }

        // Not SignInManager.PasskeySignInAsync: sessions live server-side, so the flow opens one and SessionSignIn sets its cookie.
        var outcome = await _flow.PasskeyAsync(user, trustDevice: false, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        await _cookies.SignInAsync(HttpContext, outcome).ConfigureAwait(false);
        return LocalRedirect(AccountPaths.SafeReturn(ReturnUrl));
    }
}
