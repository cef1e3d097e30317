namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Checks a signed checkpoint as an auditor would, with nothing but the note and the log's
/// verifier key: the note is well formed, a signature by that key verifies, and only then is the
/// body read as a checkpoint (an unverified body is never interpreted).
/// </summary>
public static class CheckpointVerifier
{
    /// <summary>Verifies a signed checkpoint given as UTF-8 bytes (such as a file's content).</summary>
    public static CheckpointVerification Verify(ReadOnlySpan<byte> signedCheckpoint, NoteVerifierKey key, string? expectedOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            return Verify(SignedNote.Parse(signedCheckpoint), key, expectedOrigin);
        }
        catch (CheckpointException ex)
        {
            return CheckpointVerification.Invalid(ex);
        }
    }

    /// <summary>Verifies a signed checkpoint given as text.</summary>
    public static CheckpointVerification Verify(string signedCheckpoint, NoteVerifierKey key, string? expectedOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(signedCheckpoint);
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            return Verify(SignedNote.Parse(signedCheckpoint), key, expectedOrigin);
        }
        catch (CheckpointException ex)
        {
            return CheckpointVerification.Invalid(ex);
        }
    }

    private static CheckpointVerification Verify(SignedNote note, NoteVerifierKey key, string? expectedOrigin)
    {
        try
        {
            key.Verify(note);
            var checkpoint = Checkpoint.Parse(note.Text);
            if (expectedOrigin is not null && !string.Equals(checkpoint.Origin, expectedOrigin, StringComparison.Ordinal))
            {
                throw new CheckpointException(CheckpointErrorCodes.OriginMismatch, $"The checkpoint is for the log '{checkpoint.Origin}', not '{expectedOrigin}'.");
            }

            return CheckpointVerification.Valid(checkpoint, note);
        }
        catch (CheckpointException ex)
        {
            return CheckpointVerification.Invalid(ex);
        }
    }
}
