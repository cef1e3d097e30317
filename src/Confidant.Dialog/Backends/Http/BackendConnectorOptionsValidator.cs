using System.Buffers.Text;
using Microsoft.Extensions.Options;

namespace Confidant.Dialog.Backends.Http;

/// <summary>Checks each connector's <see cref="BackendConnectorOptions"/> at start-up; messages name the configuration setting.</summary>
internal sealed class BackendConnectorOptionsValidator : IValidateOptions<BackendConnectorOptions>
{
    public const int MinSecretBytes = 32;

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, BackendConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (BackendConnectorNames.SectionOf(name) is not { } section)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var address = options.BaseAddress;
        if (address is null)
        {
            failures.Add($"{section}:BaseAddress is required: the https:// address of the backend.");
        }
        else if (!address.IsAbsoluteUri)
        {
            failures.Add($"{section}:BaseAddress must be an absolute https:// address.");
        }
        else if (address.Scheme == Uri.UriSchemeHttp)
        {
            failures.Add($"{section}:BaseAddress uses http://, which is refused: every request carries customer references, tokens and a signature, and must travel over https://.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{section}:BaseAddress must be an https:// address.");
        }
        else if (!string.IsNullOrEmpty(address.UserInfo) || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add($"{section}:BaseAddress must not hold a user name, password, query or fragment.");
        }

        if (name == BackendConnectorNames.Healthcare && !options.BusinessAssociateAgreement)
        {
            failures.Add($"{section}:BusinessAssociateAgreement must be true: this connector receives health data (PHI), which the HIPAA profile sends only to a backend under a business associate agreement.");
        }

        if (options.KeyId is not { Length: >= 1 and <= 64 } keyId || !keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            failures.Add($"{section}:KeyId is required: 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.");
        }

        if (string.IsNullOrEmpty(options.Secret))
        {
            failures.Add($"{section}:Secret is required: the shared HMAC key in base64, at least {MinSecretBytes} bytes.");
        }
        else if (!Base64.IsValid(options.Secret, out var length))
        {
            failures.Add($"{section}:Secret is not valid base64.");
        }
        else if (length < MinSecretBytes)
        {
            failures.Add($"{section}:Secret is too short: at least {MinSecretBytes} bytes (256 bits) of random key are needed.");
        }

        if (options.Timeout < MinTimeout || options.Timeout > MaxTimeout)
        {
            failures.Add($"{section}:Timeout must be between 10 milliseconds and 5 minutes.");
        }

        if (options.AttemptTimeout < MinTimeout || options.AttemptTimeout > options.Timeout)
        {
            failures.Add($"{section}:AttemptTimeout must be at least 10 milliseconds and at most Timeout.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{section}:MaxRetryAttempts must be between 0 and 10.");
        }
        else if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{section}:RetryDelay must be between zero and 1 minute.");
        }
        else if (options.RetryDelay * Math.Pow(2, options.MaxRetryAttempts) > options.Timeout)
        {
            // The delays grow exponentially (with jitter); their sum stays under RetryDelay × 2^n.
            failures.Add($"{section}:RetryDelay × 2^MaxRetryAttempts must not exceed Timeout, so that the retries fit in the time of one call.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
