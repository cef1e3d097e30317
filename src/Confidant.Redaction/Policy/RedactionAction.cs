namespace Confidant.Redaction.Policy;

/// <summary>What happens to a value of a data class on its way to a sink.</summary>
public enum RedactionAction
{
    /// <summary>The value passes unchanged.</summary>
    Allow = 0,

    /// <summary>Part of the value is hidden (cards: at most the first six and last four digits show).</summary>
    Mask,

    /// <summary>Replaced by the class label, such as <c>[CARD NUMBER]</c>.</summary>
    Redact,

    /// <summary>Replaced by a placeholder consistent within the conversation, such as <c>&lt;CARD_NUMBER_1&gt;</c>.</summary>
    Pseudonymize,

    /// <summary>Replaced by a vault token (<c>tok_card_...</c>) from <see cref="Tokenization.IValueTokenizer"/>.</summary>
    Tokenize,

    /// <summary>Replaced by an HMAC-SHA256 of the normalised value with the key id, so keys can rotate.</summary>
    Hash,

    /// <summary>The sink does not get the message at all.</summary>
    Drop,

    /// <summary>The whole message is refused, nothing of it is kept, and the customer is told why.</summary>
    Block,
}
