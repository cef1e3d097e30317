namespace Confidant.Redaction;

/// <summary>
/// Stable error codes of Confidant.Redaction. Tests and clients match on these, never on the English
/// text. CONF-POL-* are policy configuration errors (start-up); CONF-RED-* are runtime outcomes.
/// </summary>
public static class RedactionErrorCodes
{
    /// <summary>A policy names a data class that does not exist.</summary>
    public const string UnknownDataClass = "CONF-POL-001";

    /// <summary>A policy names an action that does not exist.</summary>
    public const string UnknownAction = "CONF-POL-002";

    /// <summary>A policy names a sink that is neither built in nor defined under <c>Sinks</c>.</summary>
    public const string UnknownSink = "CONF-POL-003";

    /// <summary>An unknown regulation profile.</summary>
    public const string UnknownProfile = "CONF-POL-004";

    /// <summary>An unknown card mask style.</summary>
    public const string UnknownCardMask = "CONF-POL-005";

    /// <summary>An unknown sink kind.</summary>
    public const string UnknownSinkKind = "CONF-POL-006";

    /// <summary>A sink name that is empty or uses characters other than a-z, 0-9, '-', '_' and '.'.</summary>
    public const string InvalidSinkName = "CONF-POL-007";

    /// <summary>A built-in sink redefined with another kind.</summary>
    public const string BuiltInSinkKindChanged = "CONF-POL-008";

    /// <summary>A retention period that is not a non-negative time span.</summary>
    public const string InvalidRetention = "CONF-POL-009";

    /// <summary>PCI DSS: a card number would reach a sink in the clear.</summary>
    public const string PciCardNumberInClear = "CONF-POL-010";

    /// <summary>PCI DSS: a card security code would be accepted (it must be blocked everywhere).</summary>
    public const string PciSecurityCodeNotBlocked = "CONF-POL-011";

    /// <summary>HIPAA: health data would reach a connector that has no business-associate agreement.</summary>
    public const string HipaaConnectorWithoutAgreement = "CONF-POL-013";

    /// <summary>HIPAA: health data would reach logs or analytics.</summary>
    public const string HipaaHealthInTelemetry = "CONF-POL-014";

    /// <summary>GDPR: personal data would reach logs or analytics in the clear or merely masked.</summary>
    public const string GdprPersonalDataInTelemetry = "CONF-POL-015";

    /// <summary>Credentials (passwords, PINs, codes, keys) would be kept or forwarded.</summary>
    public const string CredentialsNotWithheld = "CONF-POL-016";

    /// <summary>GDPR: a retention period longer than the profile allows.</summary>
    public const string GdprRetentionTooLong = "CONF-POL-017";

    /// <summary>The keyed-hash action is used but no valid key is configured.</summary>
    public const string HashKeyMissing = "CONF-POL-020";

    /// <summary>An unknown value for <c>UnknownPlaceholders</c>.</summary>
    public const string UnknownPlaceholderHandling = "CONF-POL-021";

    /// <summary>The tokenize action is used but no <c>IValueTokenizer</c> is registered.</summary>
    public const string TokenizerMissing = "CONF-POL-022";

    /// <summary>Detection failed for a message: it was neither stored nor forwarded.</summary>
    public const string DetectionFailed = "CONF-RED-001";

    /// <summary>Policy evaluation or shaping failed for a message: it was neither stored nor forwarded.</summary>
    public const string PolicyFailed = "CONF-RED-002";

    /// <summary>Tokenization failed for a message: it was neither stored nor forwarded.</summary>
    public const string TokenizationFailed = "CONF-RED-003";

    /// <summary>RawText cannot be serialised.</summary>
    public const string RawTextNotSerializable = "CONF-RED-010";

    /// <summary>A pseudonym table export could not be read (truncated, corrupted, another format).</summary>
    public const string PseudonymTableCorrupt = "CONF-RED-020";

    /// <summary>A message was blocked: it held a data class the policy blocks.</summary>
    public const string BlockedByPolicy = "CONF-RED-100";

    /// <summary>A message was blocked: it held a card security code (PCI DSS sensitive authentication data).</summary>
    public const string BlockedCardSecurityCode = "CONF-RED-101";

    /// <summary>A message was blocked: it held a credential (password, PIN, one-time code, API key, private key).</summary>
    public const string BlockedCredential = "CONF-RED-102";
}
