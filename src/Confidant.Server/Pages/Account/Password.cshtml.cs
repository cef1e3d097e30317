using Confidant.Identity.Accounts;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Password change: the current password is required; everything else is signed out.</summary>
public sealed class PasswordModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly AccountService _accounts;

    /// <summary>Creates the page.</summary>
    public PasswordModel(UserManager<ConfidantUser> users, AccountService accounts)
    {
        _users = users;
        _accounts = accounts;
    }

    /// <summary>The current password.</summary>
    [BindProperty]
    public string? Current { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? Next { get; set; }

    /// <summary>Whether it was changed.</summary>
    public bool Done { get; private set; }

    /// <summary>What is wrong.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Changes the password.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        var result = await _accounts.ChangePasswordAsync(user, Current, Next, session.Id, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        Done = result.Succeeded;
        Errors = result.Errors.Select(e => e.Code == "PasswordMismatch" ? "The current password is not right." : e.Description).ToList();
        return Page();
    }
}
