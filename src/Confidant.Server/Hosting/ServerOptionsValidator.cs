using System.Net;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Hosting;

/// <summary>
/// Checks <see cref="ServerOptions"/> at start-up, so an unsafe or impossible setting stops the
/// process with a message that names the configuration key, not a failure at the first request.
/// </summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    private const string Prefix = ServerErrorCodes.InvalidOption + ": " + ServerOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateListeners(options, failures);
        ValidateCertificate(options.Certificate, failures);
        ValidateOrigins(nameof(options.AllowedOrigins), options.AllowedOrigins, failures);
        ValidateOrigins(nameof(options.FrameAncestors), options.FrameAncestors, failures);
        ValidateLimits(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateListeners(ServerOptions options, List<string> failures)
    {
        if (!IPAddress.TryParse(options.ListenAddress, out _))
        {
            failures.Add($"{Prefix}ListenAddress must be an IP address (127.0.0.1, ::1, 0.0.0.0, ::), not '{options.ListenAddress}'.");
        }

        if (options.HttpsPort is < 0 or > 65535)
        {
            failures.Add($"{Prefix}HttpsPort must be between 0 and 65535 (0 picks a free port), not {options.HttpsPort}.");
        }

        if (options.HttpPort is < 0 or > 65535)
        {
            failures.Add($"{Prefix}HttpPort must be between 0 and 65535, not {options.HttpPort}.");
        }

        if (options.HttpPort is { } http && http != 0 && http == options.HttpsPort)
        {
            failures.Add($"{Prefix}HttpPort and {ServerOptions.SectionName}:HttpsPort are both {http}; the plaintext redirect port must differ from the HTTPS port.");
        }
    }

    private static void ValidateCertificate(ServerCertificateOptions certificate, List<string> failures)
    {
        const string Key = ServerErrorCodes.CertificateUnusable + ": " + ServerOptions.SectionName + ":Certificate:";
        if (string.IsNullOrEmpty(certificate.Path))
        {
            if (!string.IsNullOrEmpty(certificate.KeyPath) || !string.IsNullOrEmpty(certificate.Password))
            {
                failures.Add($"{Key}KeyPath or Password is set but Path is not; set Path to the certificate file, or remove both to use the generated certificate.");
            }

            return;
        }

        if (!File.Exists(certificate.Path))
        {
            failures.Add($"{Key}Path '{certificate.Path}' does not exist.");
        }

        if (!string.IsNullOrEmpty(certificate.KeyPath) && !File.Exists(certificate.KeyPath))
        {
            failures.Add($"{Key}KeyPath '{certificate.KeyPath}' does not exist.");
        }
    }

    private static void ValidateOrigins(string key, IList<string> origins, List<string> failures)
    {
        foreach (var origin in origins)
        {
            // An origin is scheme, host and port only: a path, a wildcard or plaintext HTTP would
            // widen the policy far beyond what the operator meant.
            var valid = Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && uri.Scheme == Uri.UriSchemeHttps
                && uri.AbsolutePath == "/"
                && string.IsNullOrEmpty(uri.Query)
                && string.IsNullOrEmpty(uri.Fragment)
                && string.IsNullOrEmpty(uri.UserInfo)
                && !origin.EndsWith('/')
                && !origin.Contains('*', StringComparison.Ordinal);
            if (!valid)
            {
                failures.Add($"{Prefix}{key} entry '{origin}' is not an HTTPS origin such as https://shop.example (no path, no wildcard, no trailing slash).");
            }
        }
    }

    private static void ValidateLimits(ServerOptions options, List<string> failures)
    {
        if (options.MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"{Prefix}MaxRequestBodyBytes must be between 1024 and 16777216, not {options.MaxRequestBodyBytes}.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Prefix}RequestTimeout must be more than 0 and at most 10 minutes, not {options.RequestTimeout}.");
        }

        if (options.WebSocketKeepAlive < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}WebSocketKeepAlive must not be negative.");
        }

        if (options.HstsMaxAge < TimeSpan.FromDays(365))
        {
            failures.Add($"{Prefix}HstsMaxAge must be at least 365 days, not {options.HstsMaxAge}.");
        }

        ValidateBucket("RateLimits:PerClient", options.RateLimits.PerClient, failures);
        ValidateBucket("RateLimits:PerConversation", options.RateLimits.PerConversation, failures);
        ValidateBucket("RateLimits:AccountPosts", options.RateLimits.AccountPosts, failures);
    }

    private static void ValidateBucket(string key, TokenBucketSettings bucket, List<string> failures)
    {
        if (bucket.Burst < 1 || bucket.TokensPerPeriod < 1 || bucket.Period <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{key} needs Burst and TokensPerPeriod of at least 1 and a positive Period.");
        }
    }
}
