using Confidant.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Account;

/// <summary>
/// On a page that changes how the customer signs in (authenticator, recovery codes, phone,
/// passkeys): a change (POST) needs a second factor presented in this session within the last few
/// minutes, so a stolen cookie or a password-only session on a trusted device cannot swap the
/// factors and then approve payments with them. Otherwise the browser goes to /account/confirm first.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RequireRecentSecondFactorAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && !IsRecent(http))
        {
            context.Result = new RedirectResult("/account/confirm?returnUrl=" + Uri.EscapeDataString(http.Request.Path));
            return;
        }

        await next().ConfigureAwait(false);
    }

    /// <summary>Whether this session presented a second factor within the step-up freshness window.</summary>
    public static bool IsRecent(HttpContext http)
    {
        var freshness = http.RequestServices.GetRequiredService<IOptions<ConfidantIdentityOptions>>().Value.StepUpFreshness;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return CurrentSession.Of(http)?.SecondFactorAt is { } at && now - at <= freshness;
    }
}
