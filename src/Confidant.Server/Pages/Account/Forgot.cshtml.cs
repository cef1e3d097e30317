using Confidant.Identity.Accounts;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Starts a password reset; the same answer whether or not the address has an account.</summary>
public sealed class ForgotModel : PageModel
{
    private readonly PasswordReset _reset;
    private readonly SessionSignIn _cookies;

    /// <summary>Creates the page.</summary>
    public ForgotModel(PasswordReset reset, SessionSignIn cookies)
    {
        _reset = reset;
        _cookies = cookies;
    }

    /// <summary>The address.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Sends the code (if there is an account) and goes on to the reset page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await _reset.BeginAsync(Email, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        _cookies.RememberAttempt(HttpContext, id, AccountCookies.Reset);
        return Redirect("/account/reset");
    }
}
