using Confidant.Identity.Accounts;
using Confidant.Identity.Sessions;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The account's home: who is signed in, how, and links to each setting.</summary>
public sealed class IndexModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;

    /// <summary>Creates the page.</summary>
    public IndexModel(UserManager<ConfidantUser> users, Confidant.Identity.Factors.KnowledgeCheck knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _users = users;
        KnowledgeCheck = knowledge.Enabled;
    }

    /// <summary>Whether the deployment offers the security question.</summary>
    public bool KnowledgeCheck { get; }

    /// <summary>The masked address.</summary>
    public string? Name { get; private set; }

    /// <summary>How this session was authenticated, in words.</summary>
    public string? Method { get; private set; }

    /// <summary>Whether an authenticator app is on.</summary>
    public bool HasAuthenticator { get; private set; }

    /// <summary>Unused recovery codes.</summary>
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shows the page.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await _users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null || CurrentSession.Of(HttpContext) is not { } session)
        {
            return Redirect("/account/sign-in");
        }

        Name = EmailAddresses.Mask(user.Email);
        Method = session.Method switch
        {
            AuthenticationMethods.Passkey => "with a passkey",
            AuthenticationMethods.PasswordAndSecondFactor => "with a password and a second factor",
            AuthenticationMethods.TrustedDevice => "with a password on a trusted device",
            _ => "with a password",
        };
        HasAuthenticator = user.TwoFactorEnabled;
        RecoveryCodesLeft = await _users.CountRecoveryCodesAsync(user).ConfigureAwait(false);
        return Page();
    }
}
