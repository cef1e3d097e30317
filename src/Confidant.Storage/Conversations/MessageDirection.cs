namespace Confidant.Storage.Conversations;

/// <summary>Who wrote a message.</summary>
public enum MessageDirection
{
    /// <summary>The customer.</summary>
    Customer = 0,

    /// <summary>The bot.</summary>
    Bot = 1,

    /// <summary>A human agent.</summary>
    Agent = 2,
}
