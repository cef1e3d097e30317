using Confidant.Server.Chat;
using Confidant.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Transport;

/// <summary>
/// A request that declares a body larger than the limit is answered 413 with <c>CONF-CHAT-002</c>
/// at once, unread. Kestrel enforces the same limit while a body is read, but an endpoint's body
/// binder turns that into an empty response without a code; this gives the client the documented
/// error for the common case (a Content-Length).
/// </summary>
internal sealed class DeclaredBodySizeMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
{
    private readonly long _limit = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context) =>
        context.Request.ContentLength > _limit
            ? ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ChatErrorCodes.MessageTooLong,
                $"the request body is larger than the {_limit} bytes allowed.")
            : next(context);
}
