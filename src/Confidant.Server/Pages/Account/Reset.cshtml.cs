using Confidant.Identity.Accounts;
using Confidant.Identity.Factors;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>
/// The reset itself: the e-mailed code, then the new password with the second factor when the
/// account has one. A wrong code and a reset that does not exist read the same.
/// </summary>
public sealed class ResetModel : PageModel
{
    private readonly PasswordReset _reset;
    private readonly SessionSignIn _cookies;

    /// <summary>Creates the page.</summary>
    public ResetModel(PasswordReset reset, SessionSignIn cookies)
    {
        _reset = reset;
        _cookies = cookies;
    }

    /// <summary>The e-mailed code.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The second factor chosen.</summary>
    [BindProperty]
    public string? Factor { get; set; }

    /// <summary>The second factor's code.</summary>
    [BindProperty]
    public string? FactorCode { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? Next { get; set; }

    /// <summary>Whether the e-mailed code was accepted.</summary>
    public bool MailboxProved { get; private set; }

    /// <summary>The second factors to ask for.</summary>
    public IReadOnlyList<SecondFactorKind> Factors { get; private set; } = [];

    /// <summary>What went wrong.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Shows the code form.</summary>
    public IActionResult OnGet() => _cookies.Attempt(HttpContext, AccountCookies.Reset) is null ? Redirect("/account/forgot") : Page();

    /// <summary>Checks the e-mailed code.</summary>
    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        if (_cookies.Attempt(HttpContext, AccountCookies.Reset) is not { } id)
        {
            return Redirect("/account/forgot");
        }

        var progress = await _reset.ProveMailboxAsync(id, Code, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        if (progress.Status != ResetStatus.ChoosePassword)
        {
            Errors = ["That code was not accepted. A code works for ten minutes and five tries; you can ask for a new one."];
            return Page();
        }

        MailboxProved = true;
        Factors = progress.Factors;
        return Page();
    }

    /// <summary>Sets the new password.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (_cookies.Attempt(HttpContext, AccountCookies.Reset) is not { } id)
        {
            return Redirect("/account/forgot");
        }

        SecondFactorKind? kind = SecondFactorNames.TryParse(Factor, out var parsed) ? parsed : null;
        var progress = await _reset.SetPasswordAsync(id, kind, FactorCode, Next, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        switch (progress.Status)
        {
            case ResetStatus.Done:
                Response.Cookies.Delete(AccountCookies.Reset, AccountCookies.Options(null));
                return Redirect("/account/sign-in?reset=done");
            case ResetStatus.ChoosePassword:
                MailboxProved = true;
                Factors = progress.Factors;
                Errors = progress.Errors;
                return Page();
            default:
                Response.Cookies.Delete(AccountCookies.Reset, AccountCookies.Options(null));
                return Redirect("/account/forgot");
        }
    }
}
