namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// Options of one HTTP backend connector (configuration sections <c>Confidant:Backends:Banking</c>,
/// <c>Confidant:Backends:Retail</c> and <c>Confidant:Backends:Healthcare</c>; named options
/// <see cref="BackendConnectorNames"/>). Validated at start-up: a missing key or an http:// address
/// stops the process with a message that names the setting.
/// </summary>
public sealed class BackendConnectorOptions
{
    /// <summary>The configuration section that holds one subsection per connector.</summary>
    public const string SectionName = "Confidant:Backends";

    /// <summary>The backend's base address. Must be https://; http:// is refused.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The id of the shared HMAC key, sent as <c>X-Confidant-Key-Id</c> (1 to 64 characters of <c>A-Z a-z 0-9 . _ -</c>).</summary>
    public string KeyId { get; set; } = "";

    /// <summary>The shared HMAC-SHA256 key in base64, at least 32 bytes. Keep it in a secret store, not in a file in the repository.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The longest a whole call may take, retries included (10 ms to 5 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one attempt may take (10 ms up to <see cref="Timeout"/>).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Retries after a transient failure (5xx, 408, 429, no connection, attempt timeout), 0 to 10.
    /// Only reads and writes that carry an idempotency key are retried; a 4xx other than 408 and 429 never is.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter. <c>RetryDelay × 2^MaxRetryAttempts</c> must fit in <see cref="Timeout"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// For the healthcare connector: the operator confirms a HIPAA business associate agreement
    /// with the backend's operator. Symptom codes are PHI, so without it the connector is refused
    /// at start-up (the HIPAA profile's rule: no PHI to a connector without the agreement).
    /// </summary>
    public bool BusinessAssociateAgreement { get; set; }
}
