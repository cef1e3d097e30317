namespace Confidant.Audit.Verification;

/// <summary>A tree size and root hash the verifier trusts (from a checkpoint whose signature was checked).</summary>
/// <param name="Size">The tree size.</param>
/// <param name="RootHash">The root hash at that size.</param>
public sealed record TrustedCheckpoint(long Size, byte[] RootHash);
