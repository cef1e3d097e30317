using Confidant.Protection.Vault;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage.Jobs;

/// <summary>
/// Deletes what has outlived its retention deadline: messages (with their views), conversations and
/// expired vault entries. Idempotent; safe to run on several nodes at once.
/// </summary>
public sealed class RetentionJob(ConfidantDbFactory factory, TokenVault vault, TimeProvider timeProvider)
{
    /// <summary>Runs once; returns what was deleted.</summary>
    public async Task<RetentionResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        int messages, conversations;
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var expiredMessages = db.Messages.Where(m => m.RetainUntil <= now);
            await db.MessageViews
                .Where(v => expiredMessages.Any(m => m.TenantId == v.TenantId && m.Id == v.MessageId))
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            messages = await expiredMessages.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

            // A conversation goes when its own deadline has passed and no message of it is left.
            conversations = await db.Conversations
                .Where(c => c.RetainUntil <= now && !db.Messages.Any(m => m.TenantId == c.TenantId && m.ConversationId == c.Id))
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var tokens = await vault.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
        return new RetentionResult(messages, conversations, tokens);
    }
}
