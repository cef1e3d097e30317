namespace Confidant.Protection.Vault;

/// <summary>
/// Who may reveal which tokens, for what (configuration <c>Confidant:Protection:VaultAccess</c>).
/// A detokenization is allowed when one rule matches its principal, purpose and class; with no
/// rules, nothing is ever revealed.
/// </summary>
public sealed class VaultAccessRule
{
    /// <summary>The principal, exactly, or a prefix ending in <c>*</c> (<c>svc:payments*</c>); <c>*</c> alone matches anyone.</summary>
    public string Principal { get; set; } = "";

    /// <summary>Purposes the principal may state (exact; <c>*</c> for any).</summary>
    public IList<string> Purposes { get; } = [];

    /// <summary>Data classes it may reveal (<c>CARD_NUMBER</c>...); empty for any.</summary>
    public IList<string> Classes { get; } = [];

    internal bool Matches(string principal, string purpose, string dataClass) =>
        Match(Principal, principal) &&
        Purposes.Any(p => p == "*" || string.Equals(p, purpose, StringComparison.Ordinal)) &&
        (Classes.Count == 0 || Classes.Contains(dataClass, StringComparer.Ordinal));

    private static bool Match(string pattern, string value) =>
        pattern == "*" ||
        (pattern.EndsWith('*') ? value.StartsWith(pattern[..^1], StringComparison.Ordinal) : string.Equals(pattern, value, StringComparison.Ordinal));
}
