using Confidant.Server.Hosting;
using Confidant.Server.Observability;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// The only thing the plaintext port does: GET and HEAD are redirected to the same path over
/// HTTPS (308), and any request that carries a body, or whose method could, is refused with 400
/// before a byte of its body is read, and the connection is closed so nothing is drained either.
/// A customer's first message must never cross the network in clear, even by mistake.
/// </summary>
internal sealed class PlaintextRedirectMiddleware(RequestDelegate next, IOptions<ServerOptions> options, ILogger<PlaintextRedirectMiddleware> logger)
{
    private static readonly string[] KnownMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Options, HttpMethods.Trace, HttpMethods.Connect, HttpMethods.Get, HttpMethods.Head];
    private readonly int _httpsPort = options.Value.HttpsPort;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps)
        {
            return next(context);
        }

        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            // Defence in depth: should anything after this try to read, Kestrel refuses.
            bodyLimit.MaxRequestBodySize = 0;
        }

        context.Response.Headers.Connection = "close";
        var mayCarryBody = request.ContentLength is > 0
            || request.Headers.TransferEncoding.Count > 0
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (mayCarryBody)
        {
            // Only a known method name is logged: the method token is the client's to choose.
            var method = Array.Find(KnownMethods, known => HttpMethods.Equals(known, request.Method)) ?? "other";
            Log.PlaintextBodyRefused(logger, method, ServerErrorCodes.PlaintextBodyRefused);
            return ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, ServerErrorCodes.PlaintextBodyRefused,
                "this port is plaintext and only redirects to HTTPS; send the request over HTTPS. The body was not read.");
        }

        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = HttpsLocation(context);
        return Task.CompletedTask;
    }

    private string HttpsLocation(HttpContext context)
    {
        var request = context.Request;
        var port = _httpsPort != 0 ? _httpsPort : context.RequestServices.GetRequiredService<ListenerAddresses>().HttpsPort;

        // The Host header comes from the client; only a well-formed host name or address is echoed
        // back, anything else falls back to the address the server listens on.
        var host = request.Host.Host;
        if (string.IsNullOrEmpty(host) || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            host = "localhost";
        }

        var hostString = port == 443 ? new HostString(host) : new HostString(host, port);
        return UriHelper.BuildAbsolute(Uri.UriSchemeHttps, hostString, request.PathBase, request.Path, request.QueryString);
    }
}
