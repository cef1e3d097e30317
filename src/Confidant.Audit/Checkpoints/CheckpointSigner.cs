namespace Confidant.Audit.Checkpoints;

/// <summary>Turns a checkpoint into the signed note text that is published and sent to witnesses.</summary>
public static class CheckpointSigner
{
    /// <summary>
    /// The signed note of <paramref name="checkpoint"/> by <paramref name="signer"/>. The spec
    /// wants the log's key name to match the origin; the log's own signer does (see
    /// <see cref="CheckpointKeyManager"/>), so this does not insist on it for other uses.
    /// </summary>
    public static string Sign(Checkpoint checkpoint, NoteSigner signer)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(signer);
        return signer.SignNote(checkpoint.FormatBody()).Format();
    }
}
