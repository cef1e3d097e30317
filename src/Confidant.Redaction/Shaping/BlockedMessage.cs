namespace Confidant.Redaction.Shaping;

/// <summary>A refused message: nothing of it may be kept or forwarded; show <see cref="CustomerMessage"/> to the customer.</summary>
public sealed class BlockedMessage : MessageOutcome
{
    internal BlockedMessage(IReadOnlyList<BlockReason> reasons, string customerMessage)
    {
        Reasons = reasons;
        CustomerMessage = customerMessage;
    }

    /// <inheritdoc />
    public override bool IsAccepted => false;

    /// <summary>One reason per blocked class, each with its stable code.</summary>
    public IReadOnlyList<BlockReason> Reasons { get; }

    /// <summary>The stable codes of the reasons.</summary>
    public IEnumerable<string> Codes => Reasons.Select(r => r.Code).Distinct();

    /// <summary>One sentence for the customer naming the classes, never the values.</summary>
    public string CustomerMessage { get; }

    /// <inheritdoc />
    public override string ToString() => $"BlockedMessage({string.Join(", ", Codes)})";
}
