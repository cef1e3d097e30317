namespace Confidant.Server.Chat;

/// <summary>Options of the chat (configuration section <c>Confidant:Chat</c>).</summary>
public sealed class ChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Chat";

    /// <summary>Longest message accepted, in characters.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>How long a conversation is kept when nothing in it asks for less.</summary>
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Most messages written to the database in one transaction.</summary>
    public int MaxWriteBatch { get; set; } = 512;

    /// <summary>
    /// Benchmark only: skip detection and sealing (messages are stored as given, unsealed views are
    /// not kept, nothing is scanned). Refused unless the environment is named <c>Benchmark</c>.
    /// </summary>
    public bool BenchmarkWithoutPrivacy { get; set; }
}
