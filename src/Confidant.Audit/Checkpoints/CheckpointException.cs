namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A signed note, checkpoint or key was malformed or did not verify, for the reason
/// <see cref="Code"/> names (one of <see cref="CheckpointErrorCodes"/>). Messages describe the
/// input's shape (a line number, a length), never key material.
/// </summary>
public sealed class CheckpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CheckpointException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
        Reason = message;
    }

    /// <summary>Creates the exception with no specific code (prefer the other constructor).</summary>
    public CheckpointException()
        : this("CONF-AUD-000", "Checkpoint processing failed.")
    {
    }

    /// <summary>Creates the exception with no specific code (prefer the other constructor).</summary>
    public CheckpointException(string message)
        : this("CONF-AUD-000", message)
    {
    }

    /// <summary>Creates the exception with no specific code (prefer the other constructor).</summary>
    public CheckpointException(string message, Exception innerException)
        : this("CONF-AUD-000", message, innerException)
    {
    }

    /// <summary>The stable error code, such as <c>CONF-AUD-126</c>.</summary>
    public string Code { get; }

    /// <summary>The message without the code prefix.</summary>
    public string Reason { get; }
}
