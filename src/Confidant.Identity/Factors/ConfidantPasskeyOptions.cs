namespace Confidant.Identity.Factors;

/// <summary>
/// Where passkeys work (configuration section <c>Confidant:Identity:Passkeys</c>). The policy that
/// makes a passkey count as both factors (user verification required, discoverable credentials,
/// no attestation) is fixed and not configurable; see <see cref="PasskeyPolicy"/>.
/// </summary>
public sealed class ConfidantPasskeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Identity:Passkeys";

    /// <summary>
    /// The relying party id: the domain passkeys are bound to (<c>bank.example</c>). Unset: the
    /// host name of the request. Set it when the server answers under more than one name, or
    /// behind a proxy, or passkeys made on one name stop working on the other.
    /// </summary>
    public string? ServerDomain { get; set; }

    /// <summary>
    /// The origins (<c>https://chat.bank.example</c>) a passkey ceremony may come from. Empty: only
    /// the origin the request itself was made to. Cross-origin frames are always refused.
    /// </summary>
    public IList<string> Origins { get; } = [];

    /// <summary>How long the browser waits for the authenticator, and how long the ceremony's state lives. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
}
