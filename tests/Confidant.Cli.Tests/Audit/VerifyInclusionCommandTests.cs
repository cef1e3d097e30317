namespace Confidant.Cli.Tests.Audit;

public sealed class VerifyInclusionCommandTests
{
    private static readonly AuditTree Tree = new(13);

    public static TheoryData<long, long> IndexesAndSizes()
    {
        var data = new TheoryData<long, long>();
        foreach (var size in new long[] { 1, 2, 3, 4, 5, 7, 8, 9, 13 })
        {
            for (var index = 0; index < size; index++)
            {
                data.Add(index, size);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IndexesAndSizes))]
    public void ProofFromTheBuilder_Holds(long index, long size)
    {
        var result = Run(Tree.LeafHash(index), index, size, Tree.InclusionProof(index, size), Tree.Root(size));

        AuditAssert.Holds(result);
        Assert.Equal($"ok: entry {index} is in the tree of {size} entries with root {Tree.Root(size)}\n", result.Output);
    }

    [Fact]
    public void TreeOfOneEntry_HoldsWithAnEmptyOrOmittedProof()
    {
        AuditAssert.Holds(Run(Tree.LeafHash(0), 0, 1, "", Tree.Root(1)));
        AuditAssert.Holds(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "1", "--root", Tree.Root(1)));
        AuditAssert.Holds(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "1", "--proof", "", "--root", Tree.Root(1)));
        AuditAssert.Holds(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "1", "--root", Tree.Root(1), "--proof"));
    }

    [Fact]
    public void EveryBitFlip_InLeafProofOrRoot_DoesNotHold()
    {
        var leaf = Tree.LeafHash(5);
        var proof = Tree.InclusionProof(5, 13);
        var root = Tree.Root(13);

        for (var bit = 0; bit < 256; bit += 7)
        {
            AuditAssert.Fails(Run(AuditTree.FlipBit(leaf, bit), 5, 13, proof, root), 1, "CONF-AUD-140");
            AuditAssert.Fails(Run(leaf, 5, 13, proof, AuditTree.FlipBit(root, bit)), 1, "CONF-AUD-140");
        }

        for (var bit = 0; bit < proof.Replace(",", "", StringComparison.Ordinal).Length * 4; bit += 5)
        {
            AuditAssert.Fails(Run(leaf, 5, 13, AuditTree.FlipBit(proof, bit), root), 1, "CONF-AUD-140");
        }
    }

    [Theory]
    [InlineData(4, 13)]
    [InlineData(6, 13)]
    [InlineData(5, 6)]
    [InlineData(5, 8)]
    public void WrongIndexOrSize_DoesNotHold(long index, long size)
    {
        AuditAssert.Fails(Run(Tree.LeafHash(5), index, size, Tree.InclusionProof(5, 13), Tree.Root(13)), 1, "CONF-AUD-140");
    }

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    public void SizeWhoseProofHasTheSameShape_CannotBeToldApart_WhichIsWhySizeAndRootComeFromACheckpoint(long size)
    {
        // docs/audit.md: a proof binds the hashes and the shape of the path, not the size itself.
        AuditAssert.Holds(Run(Tree.LeafHash(5), 5, size, Tree.InclusionProof(5, 13), Tree.Root(13)));
    }

    [Fact]
    public void ProofWithAHashTooManyOrTooFew_DoesNotHold()
    {
        var proof = Tree.InclusionProof(5, 13);
        var hashes = proof.Split(',');

        AuditAssert.Fails(Run(Tree.LeafHash(5), 5, 13, string.Join(',', hashes[..^1]), Tree.Root(13)), 1, "CONF-AUD-140");
        AuditAssert.Fails(Run(Tree.LeafHash(5), 5, 13, proof + "," + hashes[0], Tree.Root(13)), 1, "CONF-AUD-140");
    }

    [Fact]
    public void MalformedHashes_AreRefused_WithTheirCodes()
    {
        var leaf = Tree.LeafHash(5);
        var proof = Tree.InclusionProof(5, 13);
        var root = Tree.Root(13);

        AuditAssert.Fails(Run(leaf[..62], 5, 13, proof, root), 2, "CONF-AUD-142");
        AuditAssert.Fails(Run(leaf + "00", 5, 13, proof, root), 2, "CONF-AUD-142");
        AuditAssert.Fails(Run(leaf, 5, 13, proof, root[..^1]), 2, "CONF-AUD-143");
        AuditAssert.Fails(Run("zz" + leaf[2..], 5, 13, proof, root), 2, "CONF-AUD-143");
        AuditAssert.Fails(Run(leaf, 5, 13, proof, "0x" + root[2..]), 2, "CONF-AUD-143");
        AuditAssert.Fails(Run(leaf, 5, 13, proof + ",", root), 2, "CONF-AUD-142");
        AuditAssert.Fails(Run(leaf, 5, 13, proof.Replace(",", ", ", StringComparison.Ordinal), root), 2, "CONF-AUD-143");
        AuditAssert.Fails(Run(leaf, 5, 13, proof[..^2], root), 2, "CONF-AUD-142");
    }

    [Fact]
    public void MalformedNumbers_AreRefused_WithTheirCodes()
    {
        var leaf = Tree.LeafHash(5);
        var proof = Tree.InclusionProof(5, 13);
        var root = Tree.Root(13);

        AuditAssert.Fails(Run(leaf, 13, 13, proof, root), 2, "CONF-AUD-144");
        AuditAssert.Fails(Run(leaf, 20, 13, proof, root), 2, "CONF-AUD-144");
        AuditAssert.Fails(Run(leaf, 0, 0, "", MerkleEmptyRoot), 2, "CONF-AUD-144");
        AuditAssert.Fails(RunRaw(leaf, "-1", "13", proof, root), 2, "CONF-AUD-147");
        AuditAssert.Fails(RunRaw(leaf, "5", "-13", proof, root), 2, "CONF-AUD-147");
        AuditAssert.Fails(RunRaw(leaf, "five", "13", proof, root), 2, "CONF-AUD-147");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", leaf, "--index", "-1", "--size", "13", "--proof", proof, "--root", root), 2, "CONF-AUD-147");
        AuditAssert.Fails(RunRaw(leaf, "5", "1e3", proof, root), 2, "CONF-AUD-147");
        AuditAssert.Fails(RunRaw(leaf, "5", "99999999999999999999", proof, root), 2, "CONF-AUD-147");
    }

    [Fact]
    public void EmptyProof_WhereOneIsRequired_IsRefused()
    {
        AuditAssert.Fails(Run(Tree.LeafHash(5), 5, 13, "", Tree.Root(13)), 2, "CONF-AUD-146");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "2", "--root", Tree.Root(2)), 2, "CONF-AUD-146");
    }

    [Fact]
    public void MissingOptionsAndUnknownOnes_AreMalformedInput()
    {
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--index", "0", "--size", "1", "--root", Tree.Root(1)), 2, "CONF-CLI-100");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "1"), 2, "CONF-CLI-100");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", Tree.LeafHash(0), "--index", "0", "--size", "1", "--root", Tree.Root(1), "--colour"), 2, "CONF-CLI-102");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash"), 2, "CONF-CLI-102");
    }

    private const string MerkleEmptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static CliResult Run(string leaf, long index, long size, string proof, string root) =>
        RunRaw(leaf, index.ToString(System.Globalization.CultureInfo.InvariantCulture), size.ToString(System.Globalization.CultureInfo.InvariantCulture), proof, root);

    private static CliResult RunRaw(string leaf, string index, string size, string proof, string root) =>
        CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", leaf, $"--index={index}", $"--size={size}", $"--proof={proof}", "--root", root);
}
