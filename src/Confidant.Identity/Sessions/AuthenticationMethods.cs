namespace Confidant.Identity.Sessions;

/// <summary>How a session was authenticated; recorded with the session and shown in the device list.</summary>
public static class AuthenticationMethods
{
    /// <summary>A password alone (only right after registration, before a second factor is enrolled).</summary>
    public const string Password = "password";

    /// <summary>A password on a trusted device, which skipped the second factor.</summary>
    public const string TrustedDevice = "password+trusted-device";

    /// <summary>A password and a second factor presented now.</summary>
    public const string PasswordAndSecondFactor = "password+mfa";

    /// <summary>A passkey (phishing-resistant; counts as both factors).</summary>
    public const string Passkey = "passkey";

    /// <summary>Whether a session authenticated this way presented a second factor at sign-in.</summary>
    public static bool HadSecondFactor(string method) => method is PasswordAndSecondFactor or Passkey;
}
