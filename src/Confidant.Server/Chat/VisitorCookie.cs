using System.Security.Cryptography;
using Confidant.Server.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Chat;

/// <summary>
/// Anonymous visitors: each browser gets a random subject id in a protected cookie
/// (<c>__Host-confidant-visitor</c>: Secure, HttpOnly, SameSite=Strict, path /), so its
/// conversations and their keys are its own, and nothing about the person is needed to chat.
/// </summary>
internal sealed class VisitorCookie
{
    public const string CookieName = "__Host-confidant-visitor";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private readonly ITimeLimitedDataProtector _protector;
    private readonly string _tenant;

    public VisitorCookie(IDataProtectionProvider protection, IOptions<ServerOptions> options)
    {
        _protector = protection.CreateProtector("Confidant.Chat.Visitor.v1").ToTimeLimitedDataProtector();
        _tenant = options.Value.Tenant;
    }

    /// <summary>The visitor of this request, or null when the request carries no valid visitor cookie.</summary>
    public ChatVisitor? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return new ChatVisitor(_tenant, _protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null; // tampered, expired, or protected with a key that is gone
        }
    }

    /// <summary>The visitor of this request, issuing a new visitor id and cookie when there is none.</summary>
    public ChatVisitor GetOrIssue(HttpContext context)
    {
        if (Read(context) is { } visitor)
        {
            return visitor;
        }

        var subject = "visitor-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Response.Cookies.Append(CookieName, _protector.Protect(subject, Lifetime), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return new ChatVisitor(_tenant, subject);
    }
}
