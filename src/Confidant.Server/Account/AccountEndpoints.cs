using System.Security.Claims;
using Confidant.Identity.Accounts;
using Confidant.Identity.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confidant.Server.Account;

/// <summary><c>/api/account/me</c>: who is signed in, for the web chat's header (a masked name, never the address itself).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/account/me", Ok<AccountSummary> (HttpContext http) =>
        {
            if (CurrentSession.Of(http) is not { } session)
            {
                return TypedResults.Ok(new AccountSummary(false, null, null));
            }

            return TypedResults.Ok(new AccountSummary(true, EmailAddresses.Mask(http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity?.Name), session.Method));
        })
        .WithTags("Account")
        .WithName("WhoAmI")
        .WithSummary("Whether the browser is signed in, as whom (masked) and how.");
        return app;
    }
}
