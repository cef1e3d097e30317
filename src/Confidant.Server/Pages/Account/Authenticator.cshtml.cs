using System.Text;
using Confidant.Identity.Accounts;
using Confidant.Identity.Factors;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Authenticator (TOTP) enrolment: a QR code, a code to confirm, recovery codes shown once.</summary>
[RequireRecentSecondFactor]
public sealed class AuthenticatorModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly AccountService _accounts;

    /// <summary>Creates the page.</summary>
    public AuthenticatorModel(UserManager<ConfidantUser> users, AccountService accounts)
    {
        _users = users;
        _accounts = accounts;
    }

    /// <summary>The code typed.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Whether the app is on.</summary>
    public bool Enabled { get; private set; }

    /// <summary>The pending enrolment.</summary>
    public TotpEnrollment? Enrollment { get; private set; }

    /// <summary>The QR code as a data URI (an image: no inline script or markup).</summary>
    public string? QrDataUri => Enrollment is null ? null : "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(Enrollment.QrSvg));

    /// <summary>New recovery codes, shown once.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>What went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the state, starting enrolment when there is none.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            Enrollment = await _accounts.PendingAuthenticatorAsync(user).ConfigureAwait(false) ?? await _accounts.BeginAuthenticatorAsync(user).ConfigureAwait(false);
        }

        return Page();
    }

    /// <summary>Confirms enrolment with a code from the app.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        RecoveryCodes = await _accounts.ConfirmAuthenticatorAsync(user, Code, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (RecoveryCodes is null)
        {
            Error = "That code was not accepted. Check the time on your phone and enter the newest code.";
            Enrollment = await _accounts.PendingAuthenticatorAsync(user).ConfigureAwait(false);
            Enabled = user.TwoFactorEnabled;
        }

        return Page();
    }

    /// <summary>Starts over with a new secret: the old app stops working at once (a fresh factor was needed to get here).</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Enrollment = await _accounts.BeginAuthenticatorAsync(user).ConfigureAwait(false);
        return Page();
    }
}
