namespace Confidant.Identity.Passwords;

/// <summary>
/// What <see cref="ConfidantPasswordValidator{TUser}"/> accepts (configuration section
/// <c>Confidant:Identity:PasswordPolicy</c>). Following NIST SP 800-63B and OWASP ASVS 5.0 there
/// are no composition rules: length, a blocklist of guessable passwords and the account's own name.
/// Lengths count Unicode code points after NFKC normalisation.
/// </summary>
public sealed class PasswordPolicyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Identity:PasswordPolicy";

    /// <summary>The least <see cref="MinimumLength"/> the server starts with (NIST SP 800-63B, ASVS 5.0).</summary>
    public const int LeastMinimumLength = 8;

    /// <summary>The least <see cref="MaximumLength"/> the server starts with: at least 64 must be accepted.</summary>
    public const int LeastMaximumLength = 64;

    /// <summary>The largest <see cref="MaximumLength"/> the server starts with; it bounds normalisation and checking work.</summary>
    public const int GreatestMaximumLength = 4096;

    /// <summary>Shortest password accepted. Default 8.</summary>
    public int MinimumLength { get; set; } = LeastMinimumLength;

    /// <summary>The length the sign-up page suggests (not enforced). Default 15.</summary>
    public int RecommendedLength { get; set; } = 15;

    /// <summary>Longest password accepted. Default 256.</summary>
    public int MaximumLength { get; set; } = 256;
}
