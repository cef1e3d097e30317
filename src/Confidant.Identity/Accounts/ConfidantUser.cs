using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Accounts;

/// <summary>
/// A customer or staff account. The e-mail address is the sign-in name; everything else the
/// customer tells the bot lives in conversations, sealed under their own key, not here.
/// </summary>
public sealed class ConfidantUser : IdentityUser<Guid>
{
    /// <summary>The last TOTP time step accepted for this account; a code of that step or an earlier one is a replay.</summary>
    public long TotpLastTimeStep { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
