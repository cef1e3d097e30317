using Confidant.Detection;
using Confidant.Detection.Conversation;
using Confidant.Detection.Streaming;

namespace Confidant.Redaction.Tests.Support;

/// <summary>A detector that fails, to prove that processing fails closed.</summary>
internal sealed class ThrowingDetector : ISensitiveDataDetector
{
    public DetectionResult Detect(string text) => throw new InvalidOperationException("detector is broken for " + text);

    public ConversationWindow StartConversation() => throw new InvalidOperationException("detector is broken");

    public StreamingScanner StartStream() => throw new InvalidOperationException("detector is broken");
}
