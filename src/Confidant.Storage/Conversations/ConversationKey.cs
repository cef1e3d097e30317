namespace Confidant.Storage.Conversations;

/// <summary>A conversation as the store addresses it: its tenant, id and customer (subject).</summary>
internal readonly record struct ConversationKey(string TenantId, Guid ConversationId, string SubjectId)
{
    public static ConversationKey Of(NewMessage message) => new(message.TenantId, message.ConversationId, message.SubjectId);

    public static ConversationKey Of(MessageRow row) => new(row.TenantId, row.ConversationId, row.SubjectId);
}
