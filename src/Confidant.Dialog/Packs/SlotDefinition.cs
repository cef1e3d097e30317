namespace Confidant.Dialog.Packs;

/// <summary>
/// A slot a bot may keep: what it holds (<see cref="Type"/>, <see cref="DataClass"/>), why
/// (<see cref="Purpose"/>) and for how long (<see cref="Retention"/>). The engine keeps nothing a
/// flow has no slot for.
/// </summary>
public sealed record SlotDefinition
{
    /// <summary>The slot id.</summary>
    public required string Id { get; init; }

    /// <summary>How it is read and checked.</summary>
    public required SlotType Type { get; init; }

    /// <summary>The taxonomy data class of its value, or null when it is not personal data (an amount).</summary>
    public string? DataClass { get; init; }

    /// <summary>Why the bot keeps it (shown in the customer's data export).</summary>
    public required string Purpose { get; init; }

    /// <summary>How long it may be kept after the conversation's last message.</summary>
    public required TimeSpan Retention { get; init; }

    /// <summary>Whether its flow needs it.</summary>
    public bool Required { get; init; } = true;

    /// <summary>What the bot asks to fill it.</summary>
    public required string Prompt { get; init; }

    /// <summary>What the bot says when the answer does not fit.</summary>
    public string? Invalid { get; init; }

    /// <summary>For <see cref="SlotType.Number"/>: the smallest value.</summary>
    public long? Min { get; init; }

    /// <summary>For <see cref="SlotType.Number"/>: the largest value.</summary>
    public long? Max { get; init; }

    /// <summary>For <see cref="SlotType.Choice"/>: the values.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>
    /// Data classes that mean the customer gave more than this slot needs (a street address where
    /// a postcode is enough): the bot says so, and keeps none of it.
    /// </summary>
    public IReadOnlyList<string> MoreThanNeeded { get; init; } = [];

    /// <summary>What the bot says then.</summary>
    public string? MoreThanNeededReply { get; init; }

    /// <summary>
    /// An action run as soon as the slot is filled (a red-flag check on symptoms); when it answers
    /// with an override, the bot says that at once and the flow ends.
    /// </summary>
    public string? Check { get; init; }
}
