namespace Confidant.Storage.Conversations;

/// <summary>
/// Messages sealed and given their ids, not yet written (<see cref="ConversationStore.SealBatchAsync"/>).
/// Sealing happens before a transaction begins, so the transaction that writes them
/// (<see cref="ConversationStore.WriteSealedAsync"/>) only writes rows. Write it once.
/// </summary>
public sealed class SealedMessages
{
    internal SealedMessages(List<MessageRow> rows, Dictionary<(string TenantId, Guid ConversationId, string SubjectId), byte[]> states,
        HashSet<(string TenantId, Guid ConversationId, string SubjectId)> handoffs, DateTimeOffset now)
    {
        Rows = rows;
        States = states;
        Handoffs = handoffs;
        Now = now;
        Ids = [.. rows.Select(r => r.Id)];
    }

    /// <summary>The messages' ids, in the order they were given.</summary>
    public IReadOnlyList<Guid> Ids { get; }

    internal List<MessageRow> Rows { get; }

    internal Dictionary<(string TenantId, Guid ConversationId, string SubjectId), byte[]> States { get; }

    internal HashSet<(string TenantId, Guid ConversationId, string SubjectId)> Handoffs { get; }

    internal DateTimeOffset Now { get; }
}
