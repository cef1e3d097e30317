namespace Confidant.Audit.Checkpoints;

/// <summary>
/// A witness's answer: the cosignature lines when it cosigned, the size it holds on a conflict,
/// otherwise the stable error code (CONF-AUD-130 to -136) and a message.
/// </summary>
public sealed class WitnessResponse
{
    internal WitnessResponse(WitnessOutcome outcome, int? statusCode, IReadOnlyList<NoteSignature> cosignatures, long? witnessSize, string? errorCode, string? message)
    {
        Outcome = outcome;
        StatusCode = statusCode;
        Cosignatures = cosignatures;
        WitnessSize = witnessSize;
        ErrorCode = errorCode;
        Message = message;
    }

    /// <summary>What happened.</summary>
    public WitnessOutcome Outcome { get; }

    /// <summary>The HTTP status, when the witness answered.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// The cosignature lines (empty unless <see cref="WitnessOutcome.Cosigned"/>), checked for
    /// syntax only: append them to the checkpoint (<see cref="SignedNote.WithSignatures"/>) and
    /// verify them with the witness keys you trust.
    /// </summary>
    public IReadOnlyList<NoteSignature> Cosignatures { get; }

    /// <summary>On <see cref="WitnessOutcome.Conflict"/>, the size of the latest checkpoint the witness cosigned, when it said.</summary>
    public long? WitnessSize { get; }

    /// <summary>The error code, unless <see cref="WitnessOutcome.Cosigned"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>What went wrong, for a person, unless <see cref="WitnessOutcome.Cosigned"/>.</summary>
    public string? Message { get; }
}
