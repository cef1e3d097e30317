using System.Globalization;
using Confidant.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// Security headers on every response, error pages included (set when the response starts, so
/// the exception handler clearing the response does not drop them): HSTS over HTTPS, a strict
/// Content-Security-Policy with no inline script, nosniff, no referrer, a minimal
/// Permissions-Policy, and <c>Cache-Control: no-store</c> on the API (a transcript must not sit
/// in a shared cache or the browser's disk cache).
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
    private readonly RequestDelegate _next;
    private readonly string _hsts;
    private readonly string _contentSecurityPolicy;
    private readonly bool _frameNone;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        var server = options.Value;
        _hsts = "max-age=" + ((long)server.HstsMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "; includeSubDomains";
        _frameNone = server.FrameAncestors.Count == 0;
        _contentSecurityPolicy = BuildContentSecurityPolicy(server.FrameAncestors);
    }

    /// <summary>The policy: same-origin everything, no inline script or style, framing only by the configured embedders.</summary>
    public static string BuildContentSecurityPolicy(IList<string> frameAncestors)
    {
        ArgumentNullException.ThrowIfNull(frameAncestors);
        var ancestors = frameAncestors.Count == 0 ? "'none'" : string.Join(' ', frameAncestors);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + $"frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'; object-src 'none'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (self, http) = ((SecurityHeadersMiddleware, HttpContext))state;
            self.Apply(http);
            return Task.CompletedTask;
        }, (this, context));
        return _next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = _hsts;
        }

        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (_frameNone)
        {
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
