using Confidant.Identity.Accounts;
using Confidant.Identity.SignIn;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Registration: an address and a password, then a code to the address, which also signs in.</summary>
public sealed class RegisterModel : PageModel
{
    private readonly AccountService _accounts;
    private readonly SignInFlow _flow;
    private readonly SessionSignIn _cookies;

    /// <summary>Creates the page.</summary>
    public RegisterModel(AccountService accounts, SignInFlow flow, SessionSignIn cookies)
    {
        _accounts = accounts;
        _flow = flow;
        _cookies = cookies;
    }

    /// <summary>The address.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>What is wrong with the form.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers, then asks for the code sent to the address.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, user) = await _accounts.RegisterAsync(Email, Password, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Description).ToList();
            return Page();
        }

        var attempt = await _flow.BeginAfterRegistrationAsync(user, Email ?? string.Empty, SessionSignIn.ContextOf(HttpContext), cancellationToken).ConfigureAwait(false);
        _cookies.RememberAttempt(HttpContext, attempt);
        return Redirect(AccountPaths.Verify("/account/authenticator"));
    }
}
