namespace Confidant.Identity.Factors;

/// <summary>Stable codes of passkey failures, shown with the message and asserted on by tests.</summary>
public static class PasskeyErrors
{
    /// <summary>No passkey ceremony is under way in this browser (never started, expired after the timeout, or already finished).</summary>
    public const string NoCeremony = "CONF-PASSKEY-001";

    /// <summary>The passkey was not accepted: unknown to us, a bad signature, another site's, or made without user verification.</summary>
    public const string Rejected = "CONF-PASSKEY-002";

    /// <summary>The browser sent no credential, or one too large to be real.</summary>
    public const string Malformed = "CONF-PASSKEY-003";

    /// <summary>The account already has the most passkeys it may have.</summary>
    public const string TooMany = "CONF-PASSKEY-004";

    /// <summary>There is no such passkey on the account (to remove or rename).</summary>
    public const string NotFound = "CONF-PASSKEY-005";

    /// <summary>A passkey's new name is empty once spaces and control characters are dropped.</summary>
    public const string NameRequired = "CONF-PASSKEY-006";
}
