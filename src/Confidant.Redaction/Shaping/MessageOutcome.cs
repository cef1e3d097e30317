namespace Confidant.Redaction.Shaping;

/// <summary>
/// What became of a message: <see cref="AcceptedMessage"/>, <see cref="BlockedMessage"/> or
/// <see cref="FailedMessage"/>. Only an accepted message may be stored or forwarded.
/// </summary>
public abstract class MessageOutcome
{
    private protected MessageOutcome()
    {
    }

    /// <summary>True only for <see cref="AcceptedMessage"/>.</summary>
    public abstract bool IsAccepted { get; }
}
