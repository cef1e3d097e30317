namespace Confidant.Identity.Passwords;

/// <summary>
/// Stable <see cref="Microsoft.AspNetCore.Identity.IdentityError.Code"/> values of
/// <see cref="ConfidantPasswordValidator{TUser}"/>. They follow Identity's own naming
/// (<c>PasswordTooShort</c> is Identity's code for the same rule), so pages that already map Identity
/// codes keep working. Tests and the UI match on these, not on the descriptions.
/// </summary>
public static class PasswordErrorCodes
{
    /// <summary>Fewer code points than <see cref="PasswordPolicyOptions.MinimumLength"/>.</summary>
    public const string TooShort = "PasswordTooShort";

    /// <summary>More code points than <see cref="PasswordPolicyOptions.MaximumLength"/>.</summary>
    public const string TooLong = "PasswordTooLong";

    /// <summary>A common or easily guessed password, perhaps decorated (<c>P@ssw0rd2024!</c>).</summary>
    public const string Common = "PasswordCommon";

    /// <summary>The password contains, or is built on, the account's user name or e-mail address.</summary>
    public const string ContainsAccountName = "PasswordContainsAccountName";

    /// <summary>The password is not valid UTF-16 (a lone surrogate), so it cannot be normalised or hashed.</summary>
    public const string BrokenUnicode = "PasswordBrokenUnicode";
}
