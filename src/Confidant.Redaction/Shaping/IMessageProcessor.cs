using Confidant.Redaction.Text;

namespace Confidant.Redaction.Shaping;

/// <summary>
/// The one call for an incoming message: detect, decide and shape for every sink of the policy.
/// Fails closed: any failure gives a <see cref="FailedMessage"/> and nothing shaped.
/// </summary>
public interface IMessageProcessor
{
    /// <summary>
    /// Processes one message. Returns <see cref="AcceptedMessage"/> (a view per sink, a summary by
    /// class, the tokens made), <see cref="BlockedMessage"/> (codes and a sentence for the customer;
    /// nothing kept) or <see cref="FailedMessage"/> (a stable code; nothing kept). Pseudonyms it
    /// assigns go into <paramref name="context"/>'s table only when the message is accepted.
    /// </summary>
    ValueTask<MessageOutcome> ProcessAsync(RawText message, ConversationContext context, CancellationToken cancellationToken = default);
}
