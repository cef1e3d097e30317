namespace Confidant.Protection.Sealing;

/// <summary>What happened when a sealed record was opened.</summary>
public enum OpenStatus
{
    /// <summary>The record opened; the plaintext is in the result.</summary>
    Opened,

    /// <summary>The customer (or tenant) was erased: the key is destroyed and the record can never be read.</summary>
    Erased,
}
