namespace Confidant.Audit.Verification;

/// <summary>The outcome of a full verification.</summary>
/// <param name="EntriesRead">How many entries were read.</param>
/// <param name="CheckpointSize">The size of the latest trusted checkpoint checked against.</param>
/// <param name="Problem">The first problem, or null when the entries are exactly what the checkpoints commit to.</param>
public sealed record VerificationReport(long EntriesRead, long CheckpointSize, VerificationProblem? Problem)
{
    /// <summary>True when the log holds.</summary>
    public bool Holds => Problem is null;

    /// <summary>Entries appended after the latest checkpoint (not yet covered by a signature).</summary>
    public long EntriesAfterCheckpoint => Math.Max(0, EntriesRead - CheckpointSize);
}
