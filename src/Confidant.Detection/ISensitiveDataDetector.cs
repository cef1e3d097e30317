using Confidant.Detection.Conversation;
using Confidant.Detection.Streaming;

namespace Confidant.Detection;

/// <summary>Finds sensitive values in text. Thread-safe; register it as a singleton.</summary>
public interface ISensitiveDataDetector
{
    /// <summary>Scans one text. Throws <see cref="InputTooLargeException"/> beyond <see cref="DetectionOptions.MaxInputLength"/>.</summary>
    DetectionResult Detect(string text);

    /// <summary>
    /// Starts a conversation window: messages scanned through it are also scanned together with
    /// the tail of the previous ones, so a value split across messages is found.
    /// </summary>
    ConversationWindow StartConversation();

    /// <summary>Starts a scanner for text that arrives in chunks (a model's token stream).</summary>
    StreamingScanner StartStream();
}
