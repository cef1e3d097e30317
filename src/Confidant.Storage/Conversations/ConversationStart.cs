namespace Confidant.Storage.Conversations;

/// <summary>A conversation to create (with its tenant's and customer's rows when missing), not yet written.</summary>
internal readonly record struct ConversationStart(string TenantId, string SubjectId, Guid Id, DateTimeOffset StartedAt, DateTimeOffset RetainUntil);
