using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using Net.Pkcs11Interop.HighLevelAPI.Factories;

namespace Confidant.Protection.Keys.Pkcs11;

/// <summary>
/// Key-encryption keys held in a PKCS#11 token (an HSM, a cloud key manager's PKCS#11 module, or
/// SoftHSM). Each key-encryption key is an AES-256 secret key generated inside the token as a
/// sensitive, non-extractable token object; data keys are wrapped by encrypting them inside the
/// token with AES-GCM (random 96-bit IV, 128-bit tag, the wrap context as associated data), so the
/// key-encryption key never leaves the token and a wrapped key moved to another scope fails to unwrap.
/// </summary>
/// <remarks>
/// Key ids are <c>pkcs11:</c> followed by the key object's label,
/// <c>{prefix}{generation:D6}-{yyyyMMdd}-{random}</c>. The current key is the one with the highest
/// generation on the token, read from the token on every wrap, so every process sharing the token
/// agrees on it and sees another process's rotation at once. PKCS#11 sessions are not
/// thread-safe: each operation rents its own session from a small pool. One session stays open
/// for the provider's lifetime to hold the login.
/// </remarks>
public sealed partial class Pkcs11KeyEncryptionKeyProvider : IKeyEncryptionKeyProvider, IDisposable
{
    /// <summary>What every key id of this provider starts with.</summary>
    public const string KeyIdPrefix = "pkcs11:";

    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Pkcs11KeyProviderOptions _options;
    private readonly string _prefix;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Pkcs11Module _module;
    private readonly ISlot _slot;
    private readonly string _tokenLabel;
    private readonly ConcurrentBag<(ISession Session, int Epoch)> _idle = [];
    private readonly ConcurrentDictionary<string, IObjectHandle> _handles = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ISession? _loginSession;
    private int _epoch;
    private bool _disposed;

    /// <summary>
    /// Loads the PKCS#11 module, finds the token, logs in and, on first run, generates the first
    /// key-encryption key. Throws <see cref="ProtectionException"/> with <c>CONF-KEY-007</c> (module
    /// not loadable), <c>CONF-KEY-008</c> (token not found), <c>CONF-KEY-009</c> (PIN refused) or
    /// <c>CONF-KEY-010</c> (another token failure); <see cref="ArgumentException"/> for invalid options.
    /// </summary>
    public Pkcs11KeyEncryptionKeyProvider(Pkcs11KeyProviderOptions options, TimeProvider? timeProvider = null, ILogger<Pkcs11KeyEncryptionKeyProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Pkcs11KeyProviderOptionsValidator.Check(options, checkLibraryFile: false);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        _options = options;
        _prefix = options.KeyLabelPrefix;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _module = Pkcs11Module.Acquire(options.LibraryPath);
        try
        {
            (_slot, _tokenLabel) = FindSlot();
            _loginSession = LogIn();
            var current = Run("find or generate the first key-encryption key", session => CurrentKey(session)?.Label ?? Generate(session));
            Log.Pkcs11Connected(_logger, _tokenLabel, _slot.SlotId, options.LibraryPath, KeyIdPrefix + current);
        }
        catch
        {
            CloseSessions();
            _module.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Name => "pkcs11";

    /// <inheritdoc />
    public ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = Run("find the current key-encryption key", session => CurrentKey(session) ?? throw NoKeys());
        return ValueTask.FromResult(KeyIdPrefix + current.Label);
    }

    /// <inheritdoc />
    public ValueTask<WrapResult> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (dataKey.IsEmpty)
        {
            throw new ArgumentException("The data key is empty.", nameof(dataKey));
        }

        var plaintext = GC.AllocateArray<byte>(dataKey.Length, pinned: true);
        dataKey.Span.CopyTo(plaintext);
        try
        {
            var result = Run("wrap a data key", session =>
            {
                var current = CurrentKey(session) ?? throw NoKeys();
                var id = KeyIdPrefix + current.Label;
                var iv = RandomNumberGenerator.GetBytes(NonceSize);
                var aad = WrapAssociatedData.Build(id, context.Span);
                using var parameters = session.Factories.MechanismParamsFactory.CreateCkGcmParams(iv, NonceSize * 8, aad, TagSize * 8);
                using var mechanism = session.Factories.MechanismFactory.Create(CKM.CKM_AES_GCM, parameters);
                var sealedKey = session.Encrypt(mechanism, current.Handle, plaintext);
                if (sealedKey.Length != plaintext.Length + TagSize)
                {
                    throw new ProtectionException(ProtectionErrorCodes.Pkcs11OperationFailed, $"the PKCS#11 token returned {sealedKey.Length} bytes for an AES-GCM encryption of {plaintext.Length} bytes with a {TagSize * 8}-bit tag.");
                }

                var output = new byte[NonceSize + sealedKey.Length];
                iv.CopyTo(output, 0);
                sealedKey.CopyTo(output, NonceSize);
                return new WrapResult(id, output);
            });
            return ValueTask.FromResult(result);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <inheritdoc />
    public ValueTask UnwrapAsync(string keyEncryptionKeyId, ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyEncryptionKeyId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryGetLabel(keyEncryptionKeyId, out var label))
        {
            throw new ProtectionException(ProtectionErrorCodes.UnknownKeyEncryptionKey, $"the key-encryption key '{keyEncryptionKeyId}' is not a key of this PKCS#11 provider (ids start with '{KeyIdPrefix}{_prefix}').");
        }

        if (wrappedKey.Length != NonceSize + destination.Length + TagSize)
        {
            throw new ProtectionException(ProtectionErrorCodes.WrappedKeyCorrupted, "a wrapped data key has the wrong length.");
        }

        var iv = wrappedKey[..NonceSize].ToArray();
        var sealedKey = wrappedKey[NonceSize..].ToArray();
        var aad = WrapAssociatedData.Build(keyEncryptionKeyId, context.Span);
        Run("unwrap a data key", session =>
        {
            var handle = FindKey(session, label)
                ?? throw new ProtectionException(ProtectionErrorCodes.UnknownKeyEncryptionKey, $"the key-encryption key '{keyEncryptionKeyId}' is not on the PKCS#11 token '{_tokenLabel}'.");
            using var parameters = session.Factories.MechanismParamsFactory.CreateCkGcmParams(iv, NonceSize * 8, aad, TagSize * 8);
            using var mechanism = session.Factories.MechanismFactory.Create(CKM.CKM_AES_GCM, parameters);
            byte[] plaintext;
            try
            {
                plaintext = session.Decrypt(mechanism, handle, sealedKey);
            }
            catch (Pkcs11Exception ex) when (IsIntegrityFailure(ex.RV))
            {
                CryptographicOperations.ZeroMemory(destination.Span);
                throw new ProtectionException(ProtectionErrorCodes.WrappedKeyCorrupted, $"a wrapped data key failed its integrity check (altered, or stored under another scope or version; the token returned {ex.RV}).", ex);
            }

            try
            {
                if (plaintext.Length != destination.Length)
                {
                    throw new ProtectionException(ProtectionErrorCodes.WrappedKeyCorrupted, "a wrapped data key unwrapped to the wrong length.");
                }

                plaintext.CopyTo(destination.Span);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }

            return true;
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<string> RotateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var label = Run("generate a key-encryption key", Generate);
        return ValueTask.FromResult(KeyIdPrefix + label);
    }

    /// <summary>Closes this provider's sessions; the module is finalized when its last user is disposed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            CloseSessions();
        }

        _module.Dispose();
    }

    /// <summary>The label of the key object behind a key id of this provider.</summary>
    internal bool TryGetLabel(string keyId, out string label)
    {
        label = "";
        if (!keyId.StartsWith(KeyIdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = keyId[KeyIdPrefix.Length..];
        if (!TryParseGeneration(candidate, out _))
        {
            return false;
        }

        label = candidate;
        return true;
    }

    private static bool IsIntegrityFailure(CKR rv) =>
        rv is CKR.CKR_ENCRYPTED_DATA_INVALID or CKR.CKR_ENCRYPTED_DATA_LEN_RANGE

            // SoftHSM 2.6 reports an AES-GCM tag mismatch as CKR_GENERAL_ERROR; PKCS#11 3.0 tokens as CKR_AEAD_DECRYPT_FAILED.
            or CKR.CKR_GENERAL_ERROR
            || (ulong)rv == 0x35;

    private static bool IsSessionLost(CKR rv) =>
        rv is CKR.CKR_SESSION_HANDLE_INVALID or CKR.CKR_SESSION_CLOSED or CKR.CKR_USER_NOT_LOGGED_IN
            or CKR.CKR_DEVICE_REMOVED or CKR.CKR_TOKEN_NOT_PRESENT or CKR.CKR_KEY_HANDLE_INVALID or CKR.CKR_OBJECT_HANDLE_INVALID;

    private static bool IsPinFailure(CKR rv) =>
        rv is CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_INVALID or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_LOCKED
            or CKR.CKR_PIN_EXPIRED or CKR.CKR_USER_PIN_NOT_INITIALIZED;

    [GeneratedRegex("^[0-9]{6,9}-[0-9]{8}-[0-9a-f]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelSuffix();

    private bool TryParseGeneration(string label, out int generation)
    {
        generation = 0;
        if (!label.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var suffix = label.AsSpan(_prefix.Length);
        if (!LabelSuffix().IsMatch(suffix))
        {
            return false;
        }

        return int.TryParse(suffix[..suffix.IndexOf('-')], NumberStyles.None, CultureInfo.InvariantCulture, out generation);
    }

    private ProtectionException NoKeys() => new(
        ProtectionErrorCodes.Pkcs11OperationFailed,
        $"no key-encryption key labelled '{_prefix}...' is on the PKCS#11 token '{_tokenLabel}' (sensitive, non-extractable AES-256 keys only); were they deleted?");

    private (ISlot Slot, string Label) FindSlot()
    {
        List<ISlot> slots;
        try
        {
            slots = _module.Library.GetSlotList(SlotsType.WithTokenPresent);
        }
        catch (Pkcs11Exception ex)
        {
            throw OperationFailed("list its slots", ex);
        }

        var present = new List<string>();
        foreach (var slot in slots)
        {
            string label;
            try
            {
                label = slot.GetTokenInfo().Label.Trim();
            }
            catch (Pkcs11Exception)
            {
                continue;
            }

            present.Add($"'{label}' (slot {slot.SlotId})");
            if (_options.SlotId is { } id ? slot.SlotId == id : string.Equals(label, _options.TokenLabel, StringComparison.Ordinal))
            {
                return (slot, label);
            }
        }

        var wanted = _options.SlotId is { } slotId ? $"in slot {slotId}" : $"labelled '{_options.TokenLabel}'";
        var found = present.Count == 0 ? "no token is present" : "tokens present: " + string.Join(", ", present);
        throw new ProtectionException(
            ProtectionErrorCodes.Pkcs11TokenNotFound,
            $"no PKCS#11 token {wanted} in '{_options.LibraryPath}' ({found}). Initialize the token (for SoftHSM: softhsm2-util --init-token --free --label <label>) or fix {Pkcs11KeyProviderOptions.SectionName}:TokenLabel or SlotId.");
    }

    private ISession LogIn()
    {
        ISession session;
        try
        {
            session = _slot.OpenSession(SessionType.ReadWrite);
        }
        catch (Pkcs11Exception ex)
        {
            throw OperationFailed("open a session", ex);
        }

        var pin = Encoding.UTF8.GetBytes(_options.ResolveUserPin() ?? "");
        try
        {
            session.Login(CKU.CKU_USER, pin);
            return session;
        }
        catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
        {
            // Login state is per process and token: another provider in this process logged in already.
            return session;
        }
        catch (Pkcs11Exception ex) when (IsPinFailure(ex.RV))
        {
            session.Dispose();
            throw new ProtectionException(
                ProtectionErrorCodes.Pkcs11PinRejected,
                $"the PKCS#11 token '{_tokenLabel}' refused the user PIN ({ex.RV}). Check the environment variable {_options.UserPinEnvironmentVariable} or {Pkcs11KeyProviderOptions.SectionName}:UserPin.",
                ex);
        }
        catch (Pkcs11Exception ex)
        {
            session.Dispose();
            throw OperationFailed("log in", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pin);
        }
    }

    private ProtectionException OperationFailed(string operation, Pkcs11Exception ex) =>
        new(ProtectionErrorCodes.Pkcs11OperationFailed, $"the PKCS#11 token '{_tokenLabel}' failed to {operation}: {ex.RV}.", ex);

    /// <summary>
    /// Runs <paramref name="operation"/> on a session of its own. A session the token dropped
    /// (removed device, closed session, lost login) is replaced by logging in again, once.
    /// </summary>
    private T Run<T>(string description, Func<ISession, T> operation)
    {
        for (var attempt = 0; ; attempt++)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
            ISession? session = null;
            var epoch = Volatile.Read(ref _epoch);
            var keep = true;
            try
            {
                session = Rent(epoch);
                return operation(session);
            }
            catch (Pkcs11Exception ex) when (attempt == 0 && IsSessionLost(ex.RV))
            {
                keep = false;
                Log.Pkcs11Reconnecting(_logger, ex.RV.ToString());
                Reconnect(epoch);
            }
            catch (Pkcs11Exception ex)
            {
                throw OperationFailed(description, ex);
            }
            finally
            {
                if (session is not null)
                {
                    Return(session, epoch, keep);
                }
            }
        }
    }

    private ISession Rent(int epoch)
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.Epoch == epoch)
            {
                return idle.Session;
            }

            idle.Session.Dispose();
        }

        return _slot.OpenSession(SessionType.ReadWrite);
    }

    private void Return(ISession session, int epoch, bool keep)
    {
        lock (_gate)
        {
            if (keep && !_disposed && epoch == _epoch && _idle.Count < _options.MaxIdleSessions)
            {
                _idle.Add((session, epoch));
                return;
            }
        }

        try
        {
            session.Dispose();
        }
        catch (Pkcs11Exception)
        {
            // The token has dropped it already.
        }
    }

    private void Reconnect(int failedEpoch)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_epoch != failedEpoch)
            {
                return; // another thread reconnected already
            }

            CloseSessions();
            _loginSession = LogIn();
            _epoch++;
        }
    }

    private void CloseSessions()
    {
        _handles.Clear();
        while (_idle.TryTake(out var idle))
        {
            TryClose(idle.Session);
        }

        if (_loginSession is not null)
        {
            TryClose(_loginSession);
            _loginSession = null;
        }

        static void TryClose(ISession session)
        {
            try
            {
                session.Dispose();
            }
            catch (Pkcs11Exception)
            {
                // Already gone with the token.
            }
        }
    }

    /// <summary>The newest key-encryption key of this deployment on the token, or null when there is none.</summary>
    private (string Label, IObjectHandle Handle)? CurrentKey(ISession session)
    {
        (string Label, int Generation, IObjectHandle Handle)? best = null;
        foreach (var (label, handle) in ListKeys(session))
        {
            if (TryParseGeneration(label, out var generation)
                && (best is null || generation > best.Value.Generation || (generation == best.Value.Generation && string.CompareOrdinal(label, best.Value.Label) > 0)))
            {
                best = (label, generation, handle);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        _handles[found.Label] = found.Handle;
        return (found.Label, found.Handle);
    }

    private List<(string Label, IObjectHandle Handle)> ListKeys(ISession session)
    {
        var template = KeyTemplate(session, label: null);
        List<IObjectHandle> handles;
        try
        {
            handles = session.FindAllObjects(template);
        }
        finally
        {
            DisposeAll(template);
        }

        var keys = new List<(string, IObjectHandle)>(handles.Count);
        foreach (var handle in handles)
        {
            var attributes = session.GetAttributeValue(handle, [CKA.CKA_LABEL]);
            try
            {
                var label = attributes[0].CannotBeRead ? null : attributes[0].GetValueAsString();
                if (label is not null && label.StartsWith(_prefix, StringComparison.Ordinal))
                {
                    keys.Add((label, handle));
                }
            }
            finally
            {
                DisposeAll(attributes);
            }
        }

        return keys;
    }

    private IObjectHandle? FindKey(ISession session, string label)
    {
        if (_handles.TryGetValue(label, out var cached))
        {
            return cached;
        }

        var template = KeyTemplate(session, label);
        try
        {
            var found = session.FindAllObjects(template);
            if (found.Count == 0)
            {
                return null;
            }

            _handles[label] = found[0];
            return found[0];
        }
        finally
        {
            DisposeAll(template);
        }
    }

    /// <summary>
    /// Only keys that are what this provider generates match: AES-256, on the token, sensitive and
    /// never extractable, able to encrypt and decrypt, generated inside the token (CKA_LOCAL) and
    /// never sensitive-less or extractable in their life. A look-alike key someone else planted
    /// under the same label (extractable, weaker, or imported with a value they know) is never used.
    /// </summary>
    private static List<IObjectAttribute> KeyTemplate(ISession session, string? label)
    {
        var a = session.Factories.ObjectAttributeFactory;
        var template = KeyAttributes(a);
        template.Add(a.Create(CKA.CKA_LOCAL, true));
        template.Add(a.Create(CKA.CKA_ALWAYS_SENSITIVE, true));
        template.Add(a.Create(CKA.CKA_NEVER_EXTRACTABLE, true));
        if (label is not null)
        {
            template.Add(a.Create(CKA.CKA_LABEL, label));
        }

        return template;
    }

    /// <summary>What every key-encryption key is, whether generated or searched for: an AES-256 token key, sensitive, never extractable, for encryption only.</summary>
    private static List<IObjectAttribute> KeyAttributes(IObjectAttributeFactory a) =>
    [
        a.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY),
        a.Create(CKA.CKA_KEY_TYPE, CKK.CKK_AES),
        a.Create(CKA.CKA_VALUE_LEN, (ulong)KeySize),
        a.Create(CKA.CKA_TOKEN, true),
        a.Create(CKA.CKA_SENSITIVE, true),
        a.Create(CKA.CKA_EXTRACTABLE, false),
        a.Create(CKA.CKA_ENCRYPT, true),
        a.Create(CKA.CKA_DECRYPT, true),
    ];

    /// <summary>Generates the next key-encryption key inside the token and returns its label.</summary>
    private string Generate(ISession session)
    {
        var next = 1;
        foreach (var (existing, _) in ListKeys(session))
        {
            if (TryParseGeneration(existing, out var generation) && generation >= next)
            {
                next = generation + 1;
            }
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{_prefix}{next:D6}-{_time.GetUtcNow():yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var a = session.Factories.ObjectAttributeFactory;
        var template = KeyAttributes(a);
        template.AddRange(
        [
            a.Create(CKA.CKA_PRIVATE, true),
            a.Create(CKA.CKA_WRAP, false),
            a.Create(CKA.CKA_UNWRAP, false),
            a.Create(CKA.CKA_SIGN, false),
            a.Create(CKA.CKA_VERIFY, false),
            a.Create(CKA.CKA_DERIVE, false),
            a.Create(CKA.CKA_MODIFIABLE, false),

            // Not CKA_COPYABLE (PKCS#11 2.40, refused by older tokens): a copy can never be made
            // less sensitive or extractable anyway.
            a.Create(CKA.CKA_LABEL, label),
            a.Create(CKA.CKA_ID, Encoding.UTF8.GetBytes(label)),
        ]);
        try
        {
            using var mechanism = session.Factories.MechanismFactory.Create(CKM.CKM_AES_KEY_GEN);
            _handles[label] = session.GenerateKey(mechanism, template);
        }
        finally
        {
            DisposeAll(template);
        }

        Log.Pkcs11KeyGenerated(_logger, KeyIdPrefix + label);
        return label;
    }

    private static void DisposeAll(List<IObjectAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            attribute.Dispose();
        }
    }
}
