using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// JSON over HTTPS for one connector: builds the request (body, idempotency key), sends it through
/// the named client (resilience, then signing, see <c>BackendServiceCollectionExtensions</c>), reads
/// the answer and turns every failure into a <see cref="BackendException"/> whose message names the
/// operation and the status and never holds a payload or a path.
/// </summary>
internal sealed class ConnectorClient(string connector, string clientName, IHttpClientFactory clients, ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    public async Task<T> GetAsync<T>(string operation, string path, CancellationToken cancellationToken)
        where T : class =>
        (await SendAsync<T>(HttpMethod.Get, operation, path, body: null, idempotencyKey: null, notFoundIsNull: false, cancellationToken).ConfigureAwait(false))!;

    /// <summary>A read whose 404 means "there is none": null.</summary>
    public Task<T?> FindAsync<T>(string operation, string path, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(HttpMethod.Get, operation, path, body: null, idempotencyKey: null, notFoundIsNull: true, cancellationToken);

    /// <summary>A write: always with an idempotency key, so that a retry cannot do the work twice.</summary>
    public async Task<T> PostAsync<T>(string operation, string path, object? body, string idempotencyKey, CancellationToken cancellationToken)
        where T : class =>
        (await SendAsync<T>(HttpMethod.Post, operation, path, body, idempotencyKey, notFoundIsNull: false, cancellationToken).ConfigureAwait(false))!;

    /// <summary>A fresh idempotency key for a write whose caller has none (one call, however many attempts).</summary>
    public static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");

    internal async Task<T?> SendAsync<T>(HttpMethod method, string operation, string path, object? body, string? idempotencyKey, bool notFoundIsNull, CancellationToken cancellationToken)
        where T : class
    {
        var name = $"{connector}.{operation}";
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(Json);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ConnectorJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(ConnectorSignature.IdempotencyKeyHeader, idempotencyKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(clientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            throw Fail(BackendErrorCodes.Timeout, name, "the backend did not answer in time", null, ex);
        }
        catch (OperationCanceledException ex)
        {
            throw Fail(BackendErrorCodes.Timeout, name, "the backend did not answer in time", null, ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw Fail(BackendErrorCodes.Unavailable, name, "the circuit breaker is open after repeated failures", null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(BackendErrorCodes.Unreachable, name, "no answer from the backend (connection or TLS failed)", null, ex);
        }

        using (response)
        {
            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync<T>(response, name, cancellationToken).ConfigureAwait(false);
            }

            if (status == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            var code = status switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => BackendErrorCodes.AuthenticationFailed,
                HttpStatusCode.NotFound => BackendErrorCodes.NotFound,
                HttpStatusCode.Conflict => BackendErrorCodes.Conflict,
                HttpStatusCode.RequestTimeout => BackendErrorCodes.Timeout,
                HttpStatusCode.TooManyRequests => BackendErrorCodes.Unavailable,
                >= HttpStatusCode.InternalServerError => BackendErrorCodes.Unavailable,
                _ => BackendErrorCodes.Rejected,
            };
            var reason = (int)status is >= 300 and < 400
                ? $"the backend answered {(int)status} {status} (redirects are never followed)"
                : $"the backend answered {(int)status} {status}";
            throw Fail(code, name, reason, status, null);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, string name, CancellationToken cancellationToken)
        where T : class
    {
        T? value;
        try
        {
            value = await response.Content.ReadFromJsonAsync<T>(ConnectorJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw Fail(BackendErrorCodes.InvalidResponse, name, "the answer is not the JSON of the contract", response.StatusCode, ex);
        }
        catch (NotSupportedException ex)
        {
            throw Fail(BackendErrorCodes.InvalidResponse, name, "the answer is not JSON", response.StatusCode, ex);
        }
        catch (ArgumentException ex)
        {
            // A record refused a value, such as an account number that is not masked.
            throw Fail(BackendErrorCodes.InvalidResponse, name, "the answer holds a value the contract does not allow", response.StatusCode, ex);
        }

        if (value is null || (value is IEnumerable items && items.Cast<object?>().Any(item => item is null)))
        {
            throw Fail(BackendErrorCodes.InvalidResponse, name, "the answer holds a null where the contract wants a value", response.StatusCode, null);
        }

        return value;
    }

    private BackendException Fail(string code, string operation, string reason, HttpStatusCode? status, Exception? inner)
    {
        BackendLog.CallFailed(logger, operation, code, (int?)status);
        return new BackendException(code, operation, reason, status, inner);
    }
}
