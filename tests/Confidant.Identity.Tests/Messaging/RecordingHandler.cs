using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Confidant.Identity.Tests.Messaging;

/// <summary>A request the fake Twilio API received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri? Uri, AuthenticationHeaderValue? Authorization, string Content);

/// <summary>Stands in for api.twilio.com: records each request and answers with a canned response.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>The status of every answer (201 Created by default).</summary>
    public HttpStatusCode Status { get; init; } = HttpStatusCode.Created;

    /// <summary>The JSON body of every answer (a queued message by default).</summary>
    public string Json { get; init; } = """{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued","num_segments":"1"}""";

    /// <summary>When set, the request fails with this exception instead of an answer.</summary>
    public Exception? Failure { get; init; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri, request.Headers.Authorization, content));
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return new HttpResponseMessage(Status)
        {
            Content = new StringContent(Json, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
