using Microsoft.Extensions.Logging;

namespace Confidant.Protection;

/// <summary>
/// Log messages of the protection library, with stable event ids (2000-2099). Arguments are
/// scope kinds, versions, key ids and counts: never key material, ids of customers or values.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Data key of a {ScopeKind} rotated to version {Version}")]
    public static partial void DataKeyRotated(ILogger logger, string scopeKind, int version);

    [LoggerMessage(2002, LogLevel.Warning, "Nonce budget of a {ScopeKind} data key version {Version} is spent; rotating")]
    public static partial void NonceBudgetSpent(ILogger logger, string scopeKind, int version);

    [LoggerMessage(2003, LogLevel.Information, "Key-encryption key rotated to {KeyId}; {Count} data keys rewrapped")]
    public static partial void KeyEncryptionKeyRotated(ILogger logger, string keyId, int count);

    [LoggerMessage(2004, LogLevel.Information, "Data keys of a {ScopeKind} erased")]
    public static partial void ScopeErased(ILogger logger, string scopeKind);

    // The purpose is free text from the caller, so it is not logged; the audit ledger has it.
    [LoggerMessage(2005, LogLevel.Information, "Vault detokenization of a {DataClass} token: {Outcome}")]
    public static partial void Detokenized(ILogger logger, string dataClass, string outcome);

    [LoggerMessage(2006, LogLevel.Information, "PKCS#11 key provider connected to token {TokenLabel} (slot {SlotId}) through {LibraryPath}; current key-encryption key {KeyId}")]
    public static partial void Pkcs11Connected(ILogger logger, string tokenLabel, ulong slotId, string libraryPath, string keyId);

    [LoggerMessage(2007, LogLevel.Information, "PKCS#11 key-encryption key {KeyId} generated on the token")]
    public static partial void Pkcs11KeyGenerated(ILogger logger, string keyId);

    [LoggerMessage(2008, LogLevel.Warning, "PKCS#11 session lost ({ReturnValue}); reconnecting to the token")]
    public static partial void Pkcs11Reconnecting(ILogger logger, string returnValue);
}
