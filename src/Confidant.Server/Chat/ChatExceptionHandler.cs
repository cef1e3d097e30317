using Microsoft.AspNetCore.Diagnostics;

namespace Confidant.Server.Chat;

/// <summary>
/// Turns chat errors and malformed request bodies into problem details with a stable
/// <c>code</c>; the detail says what was wrong, never what the customer typed.
/// </summary>
internal sealed class ChatExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException)
        {
            return false; // a timed-out or abandoned request: the request-timeout middleware answers it
        }

        var (status, code, detail) = exception switch
        {
            BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (StatusCodes.Status413PayloadTooLarge, ChatErrorCodes.MessageTooLong, "the request body is larger than allowed."),
            BadHttpRequestException bad when IsBrokenUnicode(bad) => (StatusCodes.Status400BadRequest, ChatErrorCodes.BrokenUnicode, "the request body is not valid Unicode (invalid UTF-8, or a lone surrogate escape)."),
            BadHttpRequestException bad => (bad.StatusCode, ChatErrorCodes.MalformedRequest, "the request body is not the expected JSON."),
            _ => ChatErrors.Classify(exception),
        };
        await Transport.ProblemResponses.WriteAsync(httpContext, status, code, detail).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// System.Text.Json reports invalid UTF-8 bytes and lone surrogate escapes only through its
    /// messages; they are told apart from other malformed JSON so the client learns what to fix.
    /// </summary>
    private static bool IsBrokenUnicode(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("UTF-16", StringComparison.OrdinalIgnoreCase) || e is System.Text.DecoderFallbackException)
            {
                return true;
            }
        }

        return false;
    }
}
