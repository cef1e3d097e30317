using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Accounts;

/// <summary>
/// A customer or staff account. The e-mail address is the sign-in name; everything else the
/// customer tells the bot lives in conversations, sealed under their own key, not here.
/// </summary>
public sealed class ConfidantUser : IdentityUser<Guid>
{
    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last TOTP time step accepted for this account; a code of that step or an earlier one is a replay.</summary>
    public long TotpLastTimeStep { get; set; }

    /// <summary>The id of the security question the customer chose for the optional knowledge check, if any.</summary>
    public string? KnowledgeQuestion { get; set; }

    /// <summary>The Argon2id hash of the normalised answer to <see cref="KnowledgeQuestion"/>.</summary>
    public string? KnowledgeAnswerHash { get; set; }

    /// <summary>Wrong answers to the knowledge check since the last right one (it stops at five).</summary>
    public int KnowledgeFailures { get; set; }

    /// <summary>Where one-time codes and security notices go: <c>email</c> or <c>sms</c>, if the customer enrolled one.</summary>
    public string? CodeChannel { get; set; }
}
