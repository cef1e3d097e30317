namespace Confidant.Server.Chat;

/// <summary>Who is chatting: the subject id the conversation and its keys belong to (an opaque id, never a name or an email).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="SubjectId">The customer or anonymous visitor.</param>
public sealed record ChatVisitor(string TenantId, string SubjectId);
