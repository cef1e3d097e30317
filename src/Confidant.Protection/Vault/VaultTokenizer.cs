using Confidant.Redaction.Tokenization;

namespace Confidant.Protection.Vault;

/// <summary>Lets privacy policies tokenize through the vault (Redaction's <see cref="IValueTokenizer"/>).</summary>
internal sealed class VaultTokenizer(TokenVault vault) : IValueTokenizer
{
    public async ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await vault.TokenizeAsync(request.TenantId, request.SubjectId, request.DataClass.Name, request.Value, lifetime: request.Lifetime, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new TokenizedValue(token.Token, token.DisplayHint);
    }
}
