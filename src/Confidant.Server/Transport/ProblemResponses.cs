namespace Confidant.Server.Transport;

/// <summary>Problem details with a stable <c>code</c>, as the chat's exception handler writes them, for answers the transport gives itself.</summary>
internal static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        var written = problems is not null && await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = code,
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        }).ConfigureAwait(false);
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{code}: {detail}", context.RequestAborted).ConfigureAwait(false);
        }
    }
}
