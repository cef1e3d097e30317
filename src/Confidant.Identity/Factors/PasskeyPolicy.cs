using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Factors;

/// <summary>
/// How ASP.NET Core Identity's passkey handler is set up. User verification is required (the
/// authenticator checks a PIN or biometric, so a passkey proves something the customer has and
/// something they know or are: both factors, NIST SP 800-63B AAL2 and phishing-resistant);
/// credentials are discoverable (sign-in needs no name typed first); no attestation is asked for
/// (it would tell us the make of the customer's device, which we do not need).
/// </summary>
public static class PasskeyPolicy
{
    /// <summary>The user verification requirement, for sign-in and for creation alike.</summary>
    public const string UserVerification = "required";

    /// <summary>Applies the policy and the deployment's settings.</summary>
    public static void Apply(IdentityPasskeyOptions passkeys, ConfidantPasskeyOptions settings)
    {
        ArgumentNullException.ThrowIfNull(passkeys);
        ArgumentNullException.ThrowIfNull(settings);
        passkeys.UserVerificationRequirement = UserVerification;
        passkeys.ResidentKeyRequirement = "required";
        passkeys.AttestationConveyancePreference = "none";
        passkeys.ServerDomain = settings.ServerDomain;
        passkeys.AuthenticatorTimeout = settings.Timeout;
        var origins = settings.Origins.Select(o => o.TrimEnd('/')).ToArray();
        passkeys.ValidateOrigin = context => ValueTask.FromResult(IsAllowedOrigin(context, origins));
    }

    /// <summary>
    /// Whether the origin the browser put in the signed client data is one passkeys may be used
    /// from: a configured origin, or else the origin of the request itself (HTTPS only). Identity's
    /// default compares it with the request's <c>Origin</c> header instead, which browsers send as
    /// <c>null</c> on a form post from a page with <c>Referrer-Policy: no-referrer</c>, as ours are.
    /// A ceremony in a cross-origin frame is refused.
    /// </summary>
    internal static bool IsAllowedOrigin(PasskeyOriginValidationContext context, IReadOnlyList<string> configured)
    {
        if (context.CrossOrigin || !Uri.TryCreate(context.Origin, UriKind.Absolute, out var origin) || origin.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        if (configured.Count > 0)
        {
            return configured.Any(c => Uri.TryCreate(c, UriKind.Absolute, out var allowed) && SameOrigin(origin, allowed));
        }

        var request = context.HttpContext.Request;
        return request.IsHttps
            && Uri.TryCreate(Uri.UriSchemeHttps + "://" + request.Host.Value, UriKind.Absolute, out var own)
            && SameOrigin(origin, own);
    }

    /// <summary>Whether <paramref name="host"/> is <paramref name="domain"/> or a subdomain of it.</summary>
    internal static bool IsWithin(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    private static bool SameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
}
