using Confidant.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Confidant.Server.Account;

namespace Confidant.Server.Pages.Account;

/// <summary>Recovery codes: how many are left, and a new set (kept only hashed, shown once).</summary>
[RequireRecentSecondFactor]
public sealed class RecoveryCodesModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly AccountService _accounts;

    /// <summary>Creates the page.</summary>
    public RecoveryCodesModel(UserManager<ConfidantUser> users, AccountService accounts)
    {
        _users = users;
        _accounts = accounts;
    }

    /// <summary>Unused codes.</summary>
    public int Left { get; private set; }

    /// <summary>New codes, shown once.</summary>
    public IReadOnlyList<string>? Codes { get; private set; }

    /// <summary>Shows the count.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Left = await _users.CountRecoveryCodesAsync(user).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Makes a new set.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Codes = await _accounts.NewRecoveryCodesAsync(user, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
