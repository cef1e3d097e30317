using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Confidant.Protection.Keys;

/// <summary>
/// The embedded default key-encryption key provider: a JSON key file under the data folder,
/// created on first use with owner-only permissions (0600 in a 0700 folder). A key file that the
/// group or others can read is refused, with a message saying how to fix it. Suits one node;
/// several nodes use an external key manager through the same interface.
/// </summary>
public sealed class LocalKeyFileProvider : IKeyEncryptionKeyProvider, IDisposable
{
    private const string FormatName = "confidant-kek/1";
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private List<KeyEntry> _entries = [];
    private string _currentId = "";

    /// <summary>Opens the key file at <paramref name="path"/>, creating it when it does not exist.</summary>
    public LocalKeyFileProvider(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        if (File.Exists(_path))
        {
            Load();
        }
        else
        {
            CreateNew();
            CreatedOnOpen = true;
        }
    }

    /// <inheritdoc />
    public string Name => "key-file";

    /// <summary>
    /// True when this instance found no key file and made a new one. If the database already holds
    /// data keys, the original key file is missing: Confidant.Storage checks this at start-up and
    /// refuses to run (a new key file would split the data in two).
    /// </summary>
    public bool CreatedOnOpen { get; }

    /// <summary>The key file's full path.</summary>
    public string KeyFilePath => _path;

    /// <summary>
    /// Throws <see cref="ProtectionException"/> (<c>CONF-KEY-002</c>) when <paramref name="path"/>
    /// exists and the group or others may read or write it. Used at start-up before any key is read.
    /// </summary>
    public static void EnsureOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupOrOthers) != 0)
        {
            throw new ProtectionException(
                ProtectionErrorCodes.KeyFileTooOpen,
                $"the key file '{path}' can be read or written by other users (mode {Convert.ToString((int)mode, 8)}). " +
                $"Restrict it to its owner with: chmod 600 '{path}'");
        }
    }

    /// <inheritdoc />
    public ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_currentId);
        }
    }

    /// <inheritdoc />
    public ValueTask<WrapResult> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken = default)
    {
        string id;
        byte[] kek;
        lock (_gate)
        {
            id = _currentId;
            kek = _keys[id];
        }

        var output = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var aad = WrapAssociatedData.Build(id, context.Span);
        using (var aes = new AesGcm(kek, TagSize))
        {
            aes.Encrypt(nonce, dataKey.Span, output.AsSpan(NonceSize, dataKey.Length), output.AsSpan(NonceSize + dataKey.Length), aad);
        }

        return ValueTask.FromResult(new WrapResult(id, output));
    }

    /// <inheritdoc />
    public ValueTask UnwrapAsync(string keyEncryptionKeyId, ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        byte[]? kek;
        lock (_gate)
        {
            _keys.TryGetValue(keyEncryptionKeyId, out kek);
        }

        if (kek is null)
        {
            throw new ProtectionException(ProtectionErrorCodes.UnknownKeyEncryptionKey, $"the key-encryption key '{keyEncryptionKeyId}' is not in the key file '{_path}'. If the key file was replaced, deleted or copied from another machine, restore the original: without it the data sealed under its keys cannot be read.");
        }

        var wrapped = wrappedKey.Span;
        if (wrapped.Length != NonceSize + destination.Length + TagSize)
        {
            throw new ProtectionException(ProtectionErrorCodes.WrappedKeyCorrupted, "a wrapped data key has the wrong length.");
        }

        try
        {
            using var aes = new AesGcm(kek, TagSize);
            aes.Decrypt(
                wrapped[..NonceSize],
                wrapped.Slice(NonceSize, destination.Length),
                wrapped[^TagSize..],
                destination.Span,
                WrapAssociatedData.Build(keyEncryptionKeyId, context.Span));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            CryptographicOperations.ZeroMemory(destination.Span);
            throw new ProtectionException(ProtectionErrorCodes.WrappedKeyCorrupted, "a wrapped data key failed its integrity check (altered, or stored under another scope or version).", ex);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<string> RotateAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // The file needs every key's material; it is rebuilt from the pinned arrays only for
            // the write, so no long-lived string holds a key.
            var entry = NewEntry();
            var entries = _entries
                .Select(e => new KeyEntry { Id = e.Id, Created = e.Created, Material = Convert.ToBase64String(_keys[e.Id!]) })
                .Append(entry)
                .ToList();
            Save(new KeyFile { Format = FormatName, Current = entry.Id, Keys = entries });
            Apply(entries, entry.Id!);
            return ValueTask.FromResult(entry.Id!);
        }
    }

    /// <summary>Clears the key material held in memory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var key in _keys.Values)
            {
                CryptographicOperations.ZeroMemory(key);
            }

            _keys.Clear();
        }
    }

    private KeyEntry NewEntry()
    {
        var material = RandomNumberGenerator.GetBytes(KeySize);
        var now = _time.GetUtcNow();
        var entry = new KeyEntry
        {
            Id = $"kek-{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            Created = now,
            Material = Convert.ToBase64String(material),
        };
        CryptographicOperations.ZeroMemory(material);
        return entry;
    }

    private void CreateNew()
    {
        var directory = Path.GetDirectoryName(_path)!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var entry = NewEntry();
        var entries = new List<KeyEntry> { entry };
        Save(new KeyFile { Format = FormatName, Current = entry.Id, Keys = entries });
        Apply(entries, entry.Id!);
    }

    private void Load()
    {
        EnsureOwnerOnly(_path);
        KeyFile? file;
        try
        {
            using var stream = File.OpenRead(_path);
            file = JsonSerializer.Deserialize(stream, KeyFileJsonContext.Default.KeyFile);
        }
        catch (JsonException ex)
        {
            throw new ProtectionException(ProtectionErrorCodes.KeyFileMalformed, $"the key file '{_path}' is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }
        catch (IOException ex)
        {
            throw new ProtectionException(ProtectionErrorCodes.KeyFileUnreadable, $"the key file '{_path}' cannot be read: {ex.GetType().Name}.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ProtectionException(ProtectionErrorCodes.KeyFileUnreadable, $"the key file '{_path}' cannot be read by this user.", ex);
        }

        if (file is null || file.Format != FormatName || file.Keys is not { Count: > 0 } || string.IsNullOrEmpty(file.Current))
        {
            throw new ProtectionException(ProtectionErrorCodes.KeyFileMalformed, $"the key file '{_path}' is not a {FormatName} key file (format, current and keys are required).");
        }

        foreach (var entry in file.Keys)
        {
            if (string.IsNullOrEmpty(entry.Id) || !IsKeyMaterial(entry.Material))
            {
                throw new ProtectionException(ProtectionErrorCodes.KeyFileMalformed, $"the key file '{_path}' has an entry without an id or without 32 bytes of base64 key material.");
            }
        }

        if (!file.Keys.Exists(k => k.Id == file.Current))
        {
            throw new ProtectionException(ProtectionErrorCodes.KeyFileMalformed, $"the key file '{_path}' names current key '{file.Current}', which it does not contain.");
        }

        Apply(file.Keys, file.Current!);
    }

    private static bool IsKeyMaterial(string? material)
    {
        Span<byte> buffer = stackalloc byte[KeySize + 3];
        var ok = material is not null && Convert.TryFromBase64String(material, buffer, out var written) && written == KeySize;
        CryptographicOperations.ZeroMemory(buffer);
        return ok;
    }

    private void Apply(List<KeyEntry> entries, string current)
    {
        // Keys already loaded keep their arrays: a wrap or unwrap running outside the lock may be
        // using them, so they are only zeroed on dispose.
        var keys = new Dictionary<string, byte[]>(_keys, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!keys.ContainsKey(entry.Id!))
            {
                var material = GC.AllocateArray<byte>(KeySize, pinned: true);
                Convert.TryFromBase64String(entry.Material!, material, out _);
                keys[entry.Id!] = material;
            }
        }

        _keys = keys;
        _entries = [.. entries.Select(e => new KeyEntry { Id = e.Id, Created = e.Created })];
        _currentId = current;
    }

    private void Save(KeyFile file)
    {
        // Write a new file with owner-only permissions, then rename over the old one, so a crash
        // leaves either the old or the new key file, never half of one.
        var temp = _path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, file, KeyFileJsonContext.Default.KeyFile);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, _path, overwrite: true);
    }

    internal sealed class KeyFile
    {
        public string? Format { get; set; }

        public string? Current { get; set; }

        public List<KeyEntry>? Keys { get; set; }
    }

    internal sealed class KeyEntry
    {
        public string? Id { get; set; }

        public DateTimeOffset Created { get; set; }

        public string? Material { get; set; }
    }
}
