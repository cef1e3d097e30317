namespace Confidant.Audit.Checkpoints;

/// <summary>What a C2SP tlog-witness answered to <c>add-checkpoint</c>.</summary>
public enum WitnessOutcome
{
    /// <summary>200: the witness verified the checkpoint and its consistency and returned cosignatures.</summary>
    Cosigned,

    /// <summary>409: the witness's latest cosigned size is not the old size sent (retry from <see cref="WitnessResponse.WitnessSize"/>), or it holds another root at this size.</summary>
    Conflict,

    /// <summary>404: the witness does not follow this log (origin).</summary>
    UnknownLog,

    /// <summary>403: no signature on the checkpoint verified with the log keys the witness trusts.</summary>
    SignatureRejected,

    /// <summary>400: the request was malformed, such as an old size above the checkpoint's size.</summary>
    BadRequest,

    /// <summary>422: the consistency proof did not verify.</summary>
    ProofRejected,

    /// <summary>Another status, or a body that does not follow the protocol.</summary>
    UnexpectedResponse,

    /// <summary>No answer in time, or the connection failed.</summary>
    Unreachable,
}
