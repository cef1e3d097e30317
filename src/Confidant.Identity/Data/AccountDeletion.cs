namespace Confidant.Identity.Data;

/// <summary>What <see cref="IdentityDatabase.DeleteAccountAsync"/> did.</summary>
public enum AccountDeletion
{
    /// <summary>There is no such account; nothing was deleted.</summary>
    NoAccount,

    /// <summary>The account and everything hanging off it were deleted.</summary>
    Deleted,

    /// <summary>The account's values do not open with this tenant's key: it belongs to another tenant, and was kept.</summary>
    OtherTenant,
}
