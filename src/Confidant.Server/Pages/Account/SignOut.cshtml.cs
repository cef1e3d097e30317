using Confidant.Audit.Events;
using Confidant.Identity.Auditing;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>Sign-out (POST only, with antiforgery): the server-side session ends too.</summary>
public sealed class SignOutModel : PageModel
{
    private readonly SessionSignIn _cookies;
    private readonly IdentityAudit _audit;

    /// <summary>Creates the page.</summary>
    public SignOutModel(SessionSignIn cookies, IdentityAudit audit)
    {
        _cookies = cookies;
        _audit = audit;
    }

    /// <summary>Shows the button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CurrentSession.Of(HttpContext) is { } session)
        {
            await _audit.WriteAsync(AuditEventTypes.SignOut, session.UserId, AuditOutcome.Success, "session", [session.Id.ToString("N")], reason: "customer-request", origin: HttpContext.Connection.RemoteIpAddress, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await _cookies.SignOutAsync(HttpContext).ConfigureAwait(false);
        return Redirect("/");
    }
}
