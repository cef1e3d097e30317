using Confidant.Audit.Checkpoints;
using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests.Checkpoints;

/// <summary>Fixed test keys and a small signed checkpoint built from them.</summary>
internal static class TestKeys
{
    public const string Origin = "confidant.example/audit";

    /// <summary>A signer with a fixed seed under <see cref="Origin"/> (dispose it).</summary>
    public static NoteSigner LogSigner() => NoteSigner.FromSeed(Origin, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>Another key under the same name: its signatures must not count for the log's key.</summary>
    public static NoteSigner ImpostorSigner() => NoteSigner.FromSeed(Origin, Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    public static Checkpoint SampleCheckpoint(long size = 8, params string[] extensions)
    {
        var source = new InMemoryHashSource();
        for (var i = 0; i < size; i++)
        {
            source.Append(BitConverter.GetBytes(i));
        }

        var root = new MerkleProofBuilder(source).GetRootHashAsync(size).AsTask().GetAwaiter().GetResult();
        return new Checkpoint(Origin, size, root, extensions);
    }

    public static string SignedSample(long size = 8)
    {
        using var signer = LogSigner();
        return CheckpointSigner.Sign(SampleCheckpoint(size), signer);
    }
}
