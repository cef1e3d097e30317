using Microsoft.Extensions.Options;

namespace Confidant.Identity.Factors;

/// <summary>Refuses a passkey domain, origin or timeout WebAuthn would not accept, naming the setting.</summary>
internal sealed class ConfidantPasskeyOptionsValidator : IValidateOptions<ConfidantPasskeyOptions>
{
    private const string Section = ConfidantPasskeyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ConfidantPasskeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ServerDomain is { } domain && Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            // WebAuthn refuses an IP address as a relying party id.
            failures.Add($"{Section}:ServerDomain must be a domain name such as bank.example (not an address, a URL or a port), not '{domain}'.");
        }

        foreach (var origin in options.Origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.PathAndQuery != "/" || origin.TrimEnd('/').Length != uri.GetLeftPart(UriPartial.Authority).Length)
            {
                failures.Add($"{Section}:Origins must hold https origins such as https://chat.bank.example (no path), not '{origin}'.");
            }
            else if (options.ServerDomain is { } rp && Uri.CheckHostName(rp) == UriHostNameType.Dns && !PasskeyPolicy.IsWithin(uri.Host, rp))
            {
                failures.Add($"{Section}:Origins: {origin} is not on {rp} or one of its subdomains, so browsers would refuse passkeys for {Section}:ServerDomain there.");
            }
        }

        if (options.Timeout < TimeSpan.FromSeconds(30) || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:Timeout must be between 30 seconds and 10 minutes, not {options.Timeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
