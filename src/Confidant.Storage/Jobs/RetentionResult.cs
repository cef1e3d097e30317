namespace Confidant.Storage.Jobs;

/// <summary>What one retention run deleted.</summary>
/// <param name="Messages">Messages deleted (their views with them).</param>
/// <param name="Conversations">Conversations deleted.</param>
/// <param name="VaultEntries">Expired vault entries deleted.</param>
public sealed record RetentionResult(int Messages, int Conversations, int VaultEntries);
