using System.Globalization;
using Confidant.Identity.SignIn;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The password step. One answer for a wrong password and an unknown address.</summary>
public sealed class SignInModel : PageModel
{
    private readonly SignInFlow _flow;
    private readonly SessionSignIn _cookies;

    /// <summary>Creates the page.</summary>
    public SignInModel(SignInFlow flow, SessionSignIn cookies)
    {
        _flow = flow;
        _cookies = cookies;
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

    /// <summary>What went wrong, for the page.</summary>
    public string? Error { get; private set; }

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
}
