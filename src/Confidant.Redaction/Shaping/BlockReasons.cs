using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;

namespace Confidant.Redaction.Shaping;

/// <summary>Builds block reasons and the sentence the customer reads; they name the class, never the value.</summary>
internal static class BlockReasons
{
    public static BlockReason For(DataClass dataClass)
    {
        var code = dataClass == DataClasses.CardSecurityCode ? RedactionErrorCodes.BlockedCardSecurityCode
            : ProfileRules.IsCredential(dataClass) ? RedactionErrorCodes.BlockedCredential
            : RedactionErrorCodes.BlockedByPolicy;
        return new BlockReason(code, dataClass, CustomerMessage([dataClass]));
    }

    public static string CustomerMessage(IReadOnlyList<DataClass> classes)
    {
        var named = classes.Select(c => WithArticle(c.DisplayName)).Distinct().ToList();
        var list = named.Count == 1 ? named[0] : string.Join(", ", named.Take(named.Count - 1)) + " and " + named[^1];
        return $"We did not accept your message because it contains {list}. " +
               "For your safety, please never share this in chat. Nothing of the message was kept or sent.";
    }

    private static string WithArticle(string displayName)
    {
        var first = displayName.Length > 0 ? char.ToLowerInvariant(displayName[0]) : 'x';
        var vowelSound = first is 'a' or 'e' or 'i' or 'o' or 'u'
            && !displayName.StartsWith("one", StringComparison.OrdinalIgnoreCase)
            && !displayName.StartsWith("us", StringComparison.OrdinalIgnoreCase);
        var acronymWithVowelSound = displayName.Length > 1 && char.IsUpper(displayName[0]) && char.IsUpper(displayName[1])
            && "AEFHILMNORX".Contains(displayName[0], StringComparison.Ordinal);
        return (vowelSound || acronymWithVowelSound ? "an " : "a ") + displayName;
    }
}
