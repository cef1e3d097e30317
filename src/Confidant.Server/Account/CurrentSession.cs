using System.Security.Claims;
using Confidant.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Server.Account;

/// <summary>
/// Ties the session cookie to the server-side session: each request's cookie is checked against
/// <see cref="SessionStore"/> (revoked, idle or past its lifetime means signed out at once, on
/// every node), and the live session is kept on the request for step-up.
/// </summary>
internal static class CurrentSession
{
    private static readonly object ItemKey = new();

    /// <summary>The live session of this request, or null when signed out.</summary>
    public static SessionInfo? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var value) ? value as SessionInfo : null;

    /// <summary>The cookie handler's validation hook.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        SessionInfo? session = null;
        if (Guid.TryParse(principal?.FindFirstValue(SessionStore.SessionClaim), out var sessionId)
            && Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            session = await sessions.ValidateAsync(sessionId, userId, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
            return;
        }

        context.HttpContext.Items[ItemKey] = session;
    }
}
