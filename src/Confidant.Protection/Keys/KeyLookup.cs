namespace Confidant.Protection.Keys;

/// <summary>The outcome of looking up a data key version for opening a record.</summary>
public enum KeyLookupStatus
{
    /// <summary>The key is there.</summary>
    Found,

    /// <summary>The scope was erased (crypto-shredded); its records can never be opened again.</summary>
    Erased,

    /// <summary>No such key version.</summary>
    Unknown,
}
