namespace Confidant.Dialog.Backends;

/// <summary>
/// Stable error codes of backend calls (CONF-BCK-001..099). Callers and tests match on these, not on
/// the English message.
/// </summary>
public static class BackendErrorCodes
{
    /// <summary>No answer: the connection or the TLS handshake failed.</summary>
    public const string Unreachable = "CONF-BCK-001";

    /// <summary>The backend did not answer in time (one attempt or the whole call, retries included).</summary>
    public const string Timeout = "CONF-BCK-002";

    /// <summary>The backend answered 5xx or 429 on every attempt, or the circuit breaker is open.</summary>
    public const string Unavailable = "CONF-BCK-003";

    /// <summary>The backend refused the signature or the key id (401 or 403).</summary>
    public const string AuthenticationFailed = "CONF-BCK-004";

    /// <summary>The backend rejected the request (400, 422, another 4xx, or a redirect, which is never followed).</summary>
    public const string Rejected = "CONF-BCK-005";

    /// <summary>The backend does not know what was asked for (404), or the demo does not (an unknown item).</summary>
    public const string NotFound = "CONF-BCK-006";

    /// <summary>The idempotency key was already used for a different request (409).</summary>
    public const string Conflict = "CONF-BCK-007";

    /// <summary>The backend's answer is not the JSON the contract describes, or holds an unmasked number.</summary>
    public const string InvalidResponse = "CONF-BCK-008";
}
