namespace Confidant.Storage.Conversations;

/// <summary>
/// Messages sealed and given their ids, not yet written (<see cref="ConversationStore.SealBatchAsync"/>).
/// Sealing happens before a transaction begins (on the caller's thread, in parallel with other
/// requests), so the transaction that writes them (<see cref="ConversationStore.WriteSealedAsync"/>)
/// only writes rows. Several can be written in one transaction (<see cref="Concat"/>).
/// </summary>
public sealed class SealedMessages
{
    internal SealedMessages(List<MessageRow> rows, Dictionary<ConversationKey, byte[]> states,
        Dictionary<ConversationKey, DateTimeOffset> handoffs, List<ConversationStart>? starts = null)
    {
        Rows = rows;
        States = states;
        Handoffs = handoffs;
        Starts = starts ?? [];
        Ids = [.. rows.Select(r => r.Id)];
        Started = [.. Starts.Select(s => s.Id)];
    }

    /// <summary>The messages' ids, in the order they were given.</summary>
    public IReadOnlyList<Guid> Ids { get; }

    /// <summary>The ids of the conversations this starts (<see cref="ConversationStore.PrepareStart"/>), written before any message.</summary>
    public IReadOnlyList<Guid> Started { get; }

    internal List<ConversationStart> Starts { get; }

    internal List<MessageRow> Rows { get; }

    internal Dictionary<ConversationKey, byte[]> States { get; }

    // A conversation handed off by one of these messages, and when.
    internal Dictionary<ConversationKey, DateTimeOffset> Handoffs { get; }

    /// <summary>
    /// <paramref name="parts"/> as one batch, in order: a conversation's messages keep their order,
    /// its state is the last part's, and its first hand-off's time is kept.
    /// </summary>
    public static SealedMessages Concat(IReadOnlyList<SealedMessages> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var rows = new List<MessageRow>(parts.Sum(p => p.Rows.Count));
        var states = new Dictionary<ConversationKey, byte[]>();
        var handoffs = new Dictionary<ConversationKey, DateTimeOffset>();
        var starts = new List<ConversationStart>();
        foreach (var part in parts)
        {
            rows.AddRange(part.Rows);
            starts.AddRange(part.Starts);
            foreach (var (key, state) in part.States)
            {
                states[key] = state;
            }

            foreach (var (key, at) in part.Handoffs)
            {
                handoffs.TryAdd(key, at);
            }
        }

        return new SealedMessages(rows, states, handoffs, starts);
    }

    /// <summary>
    /// No messages: what a write that only carries an audit entry (a blocked message's) passes, so
    /// the entry joins the messages' group commit instead of taking a commit of its own.
    /// </summary>
    public static SealedMessages None { get; } = new([], [], []);

    internal static SealedMessages ForStart(ConversationStart start) => new([], [], [], [start]);
}
