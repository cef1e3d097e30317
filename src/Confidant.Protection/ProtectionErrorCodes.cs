namespace Confidant.Protection;

/// <summary>Stable codes of protection errors; clients and tests match on these, not on wording.</summary>
public static class ProtectionErrorCodes
{
    /// <summary>The key file is missing and could not be created, or cannot be read.</summary>
    public const string KeyFileUnreadable = "CONF-KEY-001";

    /// <summary>The key file can be read by the group or by others.</summary>
    public const string KeyFileTooOpen = "CONF-KEY-002";

    /// <summary>The key file is not in the expected format.</summary>
    public const string KeyFileMalformed = "CONF-KEY-003";

    /// <summary>A wrapped data key names a key-encryption key the provider does not have.</summary>
    public const string UnknownKeyEncryptionKey = "CONF-KEY-004";

    /// <summary>A wrapped data key failed its integrity check (altered, or moved to another scope).</summary>
    public const string WrappedKeyCorrupted = "CONF-KEY-005";

    /// <summary>The tenant or customer was erased; nothing new can be sealed for it.</summary>
    public const string ScopeErased = "CONF-KEY-006";

    /// <summary>The PKCS#11 library cannot be loaded (missing file, or not a PKCS#11 module).</summary>
    public const string Pkcs11LibraryUnavailable = "CONF-KEY-007";

    /// <summary>No PKCS#11 token with the configured label or slot id is present.</summary>
    public const string Pkcs11TokenNotFound = "CONF-KEY-008";

    /// <summary>The PKCS#11 token refused the user PIN (wrong, locked, expired or not set on the token).</summary>
    public const string Pkcs11PinRejected = "CONF-KEY-009";

    /// <summary>The PKCS#11 token failed an operation for another reason (its return code is in the message).</summary>
    public const string Pkcs11OperationFailed = "CONF-KEY-010";

    /// <summary>The envelope is shorter than its header or has no room for the tag.</summary>
    public const string EnvelopeTruncated = "CONF-SEAL-001";

    /// <summary>The envelope's format version is not one this build reads.</summary>
    public const string EnvelopeUnknownVersion = "CONF-SEAL-002";

    /// <summary>The envelope names a data key that does not exist.</summary>
    public const string EnvelopeUnknownKey = "CONF-SEAL-003";

    /// <summary>The envelope failed authentication: altered, or opened under another tenant, subject or record.</summary>
    public const string EnvelopeIntegrity = "CONF-SEAL-004";

    /// <summary>The value to seal or tokenize is larger than allowed.</summary>
    public const string ValueTooLarge = "CONF-SEAL-005";

    /// <summary>A detokenization was asked without a purpose or a principal.</summary>
    public const string DetokenizeWithoutPurpose = "CONF-VAULT-001";

    /// <summary>The token is not in the token format.</summary>
    public const string TokenMalformed = "CONF-VAULT-002";
}
