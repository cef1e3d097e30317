using Confidant.Identity;
using Confidant.Identity.Accounts;
using Confidant.Identity.Messaging;
using Confidant.Server.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Confidant.Server.Account;

/// <summary>
/// Customer and staff accounts in the server: Confidant.Identity, the session cookie, the passkey
/// ceremony cookie, the account pages (Razor Pages under /account) and the step-up API.
/// </summary>
internal static class AccountHosting
{
    public static WebApplicationBuilder AddConfidantAccounts(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var server = configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        var dataFolder = Path.GetFullPath(server.DataFolder);
        builder.Services.AddSingleton<StepUpActions>();
        builder.Services.AddConfidantIdentity(
            o =>
            {
                o.Tenant = server.Tenant;
                configuration.GetSection(ConfidantIdentityOptions.SectionName).Bind(o);
            },
            m =>
            {
                m.OutboxPath = Path.Combine(dataFolder, "outbox", "security-messages.jsonl");
                configuration.GetSection(SecurityMessagingOptions.SectionName).Bind(m);
            })
            .AddSignInManager(); // for its passkey ceremonies; sessions are still SessionSignIn's

        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = AccountCookies.Session;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = "/";
                o.Cookie.IsEssential = true;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = configuration.GetSection(ConfidantIdentityOptions.SectionName).Get<ConfidantIdentityOptions>()?.SessionIdleTimeout
                    ?? new ConfidantIdentityOptions().SessionIdleTimeout;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = CurrentSession.ValidateAsync,
                    OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden),
                };
            })
            .AddConfidantPasskeys(configuration);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Admin, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(Agent.AgentEndpoints.Policy, p => p.RequireRole(StaffRoles.Agent));

        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AccountCookies.Antiforgery;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Verify");
            o.Conventions.AllowAnonymousToPage("/Account/Register");
            o.Conventions.AllowAnonymousToPage("/Account/Forgot");
            o.Conventions.AllowAnonymousToPage("/Account/Reset");
        });
        builder.Services.AddScoped<SessionSignIn>();
        return builder;
    }

    public static WebApplication MapConfidantAccounts(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapStepUpEndpoints();
        app.MapAccountEndpoints();
        Agent.AgentEndpoints.MapAgentEndpoints(app);
        return app;
    }

    /// <summary>The API answers 401/403; pages redirect to the sign-in page.</summary>
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> ApiAware(int status) => context =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    };
}
