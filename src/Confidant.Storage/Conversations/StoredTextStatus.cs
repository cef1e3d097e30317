namespace Confidant.Storage.Conversations;

/// <summary>What happened when a stored text was read.</summary>
public enum StoredTextStatus
{
    /// <summary>The text is there.</summary>
    Available,

    /// <summary>The message has no text for this sink (the policy dropped it, or kept no original).</summary>
    NotKept,

    /// <summary>The customer was erased; the text can never be read again.</summary>
    Erased,

    /// <summary>
    /// The stored envelope failed its integrity check (altered, or moved from another record); the
    /// other messages of the conversation still read. <see cref="StoredMessage.Text"/> is null.
    /// </summary>
    Corrupted,
}
