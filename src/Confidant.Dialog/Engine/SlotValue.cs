namespace Confidant.Dialog.Engine;

/// <summary>
/// A filled slot. <see cref="Display"/> is what a reply may show (masked for personal data);
/// <see cref="Value"/> is the plain value for slots that are not restricted (an amount, an item
/// number, a postcode); <see cref="Tokens"/> are vault tokens for restricted ones (a card, symptoms),
/// and <see cref="Codes"/> their coarse codes where the class has a vocabulary.
/// </summary>
public sealed record SlotValue
{
    /// <summary>What a reply may show.</summary>
    public required string Display { get; init; }

    /// <summary>The plain value, for a slot that is not restricted.</summary>
    public string? Value { get; init; }

    /// <summary>Vault tokens, for a restricted slot.</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Coarse codes (symptoms), if any.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>When the slot may be kept until.</summary>
    public DateTimeOffset KeepUntil { get; init; }

    /// <summary>Never the value: slot values are not for logs.</summary>
    public override string ToString() => "SlotValue([withheld])";
}
