namespace Confidant.Protection.Sealing;

/// <summary>An opened record, or the reason it can no longer be opened.</summary>
public readonly struct OpenResult
{
    private readonly byte[]? _plaintext;

    private OpenResult(OpenStatus status, byte[]? plaintext, int keyVersion)
    {
        Status = status;
        _plaintext = plaintext;
        KeyVersion = keyVersion;
    }

    /// <summary>Whether the record opened.</summary>
    public OpenStatus Status { get; }

    /// <summary>The data key version that sealed the record.</summary>
    public int KeyVersion { get; }

    /// <summary>The plaintext; throws when the record did not open.</summary>
    public byte[] Plaintext => Status == OpenStatus.Opened
        ? _plaintext!
        : throw new InvalidOperationException("The record was erased; it has no plaintext.");

    internal static OpenResult Opened(byte[] plaintext, int keyVersion) => new(OpenStatus.Opened, plaintext, keyVersion);

    internal static OpenResult Erased(int keyVersion) => new(OpenStatus.Erased, null, keyVersion);
}
