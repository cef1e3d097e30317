namespace Confidant.Protection.Vault;

/// <summary>The outcome of a detokenization.</summary>
public enum DetokenizeStatus
{
    /// <summary>The value is revealed.</summary>
    Revealed,

    /// <summary>No such token for this tenant (or for the given customer).</summary>
    NotFound,

    /// <summary>The token expired.</summary>
    Expired,

    /// <summary>The customer was erased; the value is gone for good.</summary>
    Erased,

    /// <summary>No access rule lets this principal reveal this class for this purpose.</summary>
    Denied,

    /// <summary>The request was refused before lookup (no purpose or principal, malformed token), or opening failed; the error is thrown after auditing.</summary>
    Refused,
}
