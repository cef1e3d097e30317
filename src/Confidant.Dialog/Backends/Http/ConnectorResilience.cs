using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// Turns <see cref="BackendConnectorOptions"/> into the standard resilience pipeline
/// (<c>AddStandardResilienceHandler</c>: total timeout, retry, circuit breaker, attempt timeout),
/// with one rule added to the retry: a request is retried only when sending it twice is safe.
/// </summary>
internal static class ConnectorResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, BackendConnectorOptions connector)
    {
        resilience.TotalRequestTimeout.Timeout = connector.Timeout;
        resilience.AttemptTimeout.Timeout = connector.AttemptTimeout;
        // The standard pipeline wants the breaker's window to be at least twice an attempt.
        var window = connector.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = window > TimeSpan.FromSeconds(30) ? window : TimeSpan.FromSeconds(30);

        var retriesEnabled = connector.MaxRetryAttempts > 0;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, connector.MaxRetryAttempts);
        resilience.Retry.Delay = connector.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;

        // The default predicate retries transient failures only (5xx, 408, 429, no connection, an
        // attempt timeout), never another 4xx. On top of it: never a request that could do its work twice.
        var isTransient = resilience.Retry.ShouldHandle;
        resilience.Retry.ShouldHandle = async args =>
            retriesEnabled
            && IsSafeToRepeat(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage())
            && await isTransient(args).ConfigureAwait(args.Context.ContinueOnCapturedContext);
    }

    /// <summary>
    /// True for the idempotent methods of RFC 9110 (GET, HEAD, OPTIONS, PUT, DELETE) and for any request
    /// that carries an <c>Idempotency-Key</c>, which the backend uses to do the work once.
    /// </summary>
    public static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete
            || HasIdempotencyKey(request.Headers);
    }

    private static bool HasIdempotencyKey(HttpRequestHeaders headers) =>
        headers.TryGetValues(ConnectorSignature.IdempotencyKeyHeader, out var values) && values.Any(v => !string.IsNullOrWhiteSpace(v));
}
