namespace Confidant.Audit.Checkpoints;

/// <summary>
/// The outcome of checking a signed checkpoint: the checkpoint when it verified, otherwise the
/// stable error code and a message saying what was wrong.
/// </summary>
public sealed class CheckpointVerification
{
    private CheckpointVerification(Checkpoint? checkpoint, SignedNote? note, string? errorCode, string? message)
    {
        Checkpoint = checkpoint;
        Note = note;
        ErrorCode = errorCode;
        Message = message;
    }

    /// <summary>True when the checkpoint is well formed and signed by the expected key.</summary>
    public bool IsValid => Checkpoint is not null;

    /// <summary>The verified checkpoint, or null.</summary>
    public Checkpoint? Checkpoint { get; }

    /// <summary>The parsed note with all its signatures (known or not), or null when it did not verify.</summary>
    public SignedNote? Note { get; }

    /// <summary>The error code (CONF-AUD-1xx) when not valid.</summary>
    public string? ErrorCode { get; }

    /// <summary>What was wrong, for a person, when not valid.</summary>
    public string? Message { get; }

    internal static CheckpointVerification Valid(Checkpoint checkpoint, SignedNote note) => new(checkpoint, note, null, null);

    internal static CheckpointVerification Invalid(CheckpointException error) => new(null, null, error.Code, error.Reason);
}
