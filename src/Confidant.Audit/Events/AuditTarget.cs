namespace Confidant.Audit.Events;

/// <summary>
/// What an event acted on: a kind of record, its ids, and the data classes involved with how many
/// values of each. Ids and counts only: never a value.
/// </summary>
public sealed record AuditTarget
{
    /// <summary>The kind of record, such as <c>message</c>, <c>conversation</c>, <c>vault-token</c>, <c>customer</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Record ids (GUIDs, pseudonyms or fingerprints; never a value).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Data classes involved and how many values of each (a class name such as <c>CARD_NUMBER</c> to a count ≥ 1).</summary>
    public IReadOnlyDictionary<string, int> Classes { get; init; } = new Dictionary<string, int>();
}
