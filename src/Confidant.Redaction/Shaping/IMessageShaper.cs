using Confidant.Detection;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Text;

namespace Confidant.Redaction.Shaping;

/// <summary>Shapes a message for one sink, given its detection result.</summary>
public interface IMessageShaper
{
    /// <summary>
    /// The text <paramref name="sink"/> may see, with a summary per class. When a class in the
    /// message is blocked or dropped for the sink, the result has no text. Throws when the detection
    /// result does not fit the message; callers that want fail-closed outcomes use <see cref="IMessageProcessor"/>.
    /// </summary>
    ValueTask<ShapedText> ShapeAsync(RawText message, DetectionResult detection, ConversationContext context, Sink sink, CancellationToken cancellationToken = default);
}
