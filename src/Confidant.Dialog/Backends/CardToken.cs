using Confidant.Protection.Vault;

namespace Confidant.Dialog.Backends;

/// <summary>
/// A payment card as a backend receives it: the vault token that stands for the card number and the
/// last four digits a customer may be shown. The card number itself never leaves the vault; a
/// backend that must charge the card detokenizes through its own authorised vault access.
/// </summary>
/// <param name="Token">A vault token (<c>tok_&lt;class&gt;_&lt;26 characters&gt;</c>, see <see cref="TokenVault.IsWellFormed"/>).</param>
/// <param name="LastFour">The last four digits of the card.</param>
public sealed record CardToken(string Token, string LastFour)
{
    /// <summary>The vault token.</summary>
    public string Token { get; } = BackendArguments.VaultToken(Token, nameof(Token));

    /// <summary>The last four digits.</summary>
    public string LastFour { get; } = BackendArguments.LastFour(LastFour, nameof(LastFour));

    /// <summary>The card as a customer may see it: <c>•••• 1111</c>.</summary>
    public string Masked() => Masking.Mask(LastFour);

    /// <summary>Shows the token only.</summary>
    public override string ToString() => $"CardToken {{ Token = {Token} }}";
}
