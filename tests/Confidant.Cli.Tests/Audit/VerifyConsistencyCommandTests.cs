namespace Confidant.Cli.Tests.Audit;

public sealed class VerifyConsistencyCommandTests
{
    private const string EmptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static readonly AuditTree Tree = new(13);

    public static TheoryData<long, long> Sizes()
    {
        var data = new TheoryData<long, long>();
        foreach (var size2 in new long[] { 1, 2, 3, 4, 7, 8, 13 })
        {
            for (var size1 = 1; size1 <= size2; size1++)
            {
                data.Add(size1, size2);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ProofFromTheBuilder_Holds(long size1, long size2)
    {
        var result = Run(size1, size2, Tree.Root(size1), Tree.Root(size2), Tree.ConsistencyProof(size1, size2));

        AuditAssert.Holds(result);
        Assert.Equal($"ok: the tree of {size2} entries with root {Tree.Root(size2)} extends the tree of {size1} entries with root {Tree.Root(size1)}\n", result.Output);
    }

    [Fact]
    public void EqualSizes_AndTheEmptyTree_HoldWithAnEmptyOrOmittedProof()
    {
        AuditAssert.Holds(Run(7, 7, Tree.Root(7), Tree.Root(7), ""));
        AuditAssert.Holds(Run(0, 13, EmptyRoot, Tree.Root(13), ""));
        AuditAssert.Holds(CliHarness.Run("", "audit", "verify-consistency", "--size1", "0", "--size2", "0", "--root1", EmptyRoot, "--root2", EmptyRoot));
        AuditAssert.Holds(CliHarness.Run("", "audit", "verify-consistency", "--size1", "7", "--size2", "7", "--root1", Tree.Root(7), "--proof", "", "--root2", Tree.Root(7)));
    }

    [Fact]
    public void EqualSizes_WithDifferentRoots_DoesNotHold()
    {
        AuditAssert.Fails(Run(7, 7, Tree.Root(7), Tree.Root(8), ""), 1, "CONF-AUD-141");
        AuditAssert.Fails(Run(0, 13, Tree.Root(1), Tree.Root(13), ""), 1, "CONF-AUD-141");
    }

    [Fact]
    public void EveryBitFlip_InEitherRootOrTheProof_DoesNotHold()
    {
        var proof = Tree.ConsistencyProof(6, 13);
        var root1 = Tree.Root(6);
        var root2 = Tree.Root(13);

        for (var bit = 0; bit < 256; bit += 7)
        {
            AuditAssert.Fails(Run(6, 13, AuditTree.FlipBit(root1, bit), root2, proof), 1, "CONF-AUD-141");
            AuditAssert.Fails(Run(6, 13, root1, AuditTree.FlipBit(root2, bit), proof), 1, "CONF-AUD-141");
        }

        for (var bit = 0; bit < proof.Replace(",", "", StringComparison.Ordinal).Length * 4; bit += 5)
        {
            AuditAssert.Fails(Run(6, 13, root1, root2, AuditTree.FlipBit(proof, bit)), 1, "CONF-AUD-141");
        }
    }

    [Fact]
    public void ForkedLog_DoesNotHold()
    {
        var fork = new AuditTree(13, "rewritten");

        AuditAssert.Fails(Run(6, 13, Tree.Root(6), fork.Root(13), fork.ConsistencyProof(6, 13)), 1, "CONF-AUD-141");
    }

    [Theory]
    [InlineData(5, 13)]
    [InlineData(7, 13)]
    [InlineData(6, 8)]
    public void WrongSizes_DoNotHold(long size1, long size2)
    {
        AuditAssert.Fails(Run(size1, size2, Tree.Root(6), Tree.Root(13), Tree.ConsistencyProof(6, 13)), 1, "CONF-AUD-141");
    }

    [Fact]
    public void MalformedInput_IsRefused_WithTheirCodes()
    {
        var proof = Tree.ConsistencyProof(6, 13);

        AuditAssert.Fails(Run(13, 6, Tree.Root(13), Tree.Root(6), proof), 2, "CONF-AUD-145");
        AuditAssert.Fails(Run(6, 13, Tree.Root(6), Tree.Root(13), ""), 2, "CONF-AUD-146");
        AuditAssert.Fails(Run(6, 13, Tree.Root(6)[..40], Tree.Root(13), proof), 2, "CONF-AUD-142");
        AuditAssert.Fails(Run(6, 13, Tree.Root(6), "g" + Tree.Root(13)[1..], proof), 2, "CONF-AUD-143");
        AuditAssert.Fails(Run(6, 13, Tree.Root(6), Tree.Root(13), proof + ",00"), 2, "CONF-AUD-142");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-consistency", "--size1=-6", "--size2=13", "--root1", Tree.Root(6), "--root2", Tree.Root(13), "--proof", proof), 2, "CONF-AUD-147");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-consistency", "--size2", "13", "--root1", Tree.Root(6), "--root2", Tree.Root(13), "--proof", proof), 2, "CONF-CLI-100");
    }

    private static CliResult Run(long size1, long size2, string root1, string root2, string proof) =>
        CliHarness.Run(
            "",
            "audit",
            "verify-consistency",
            "--size1",
            size1.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--size2",
            size2.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--root1",
            root1,
            "--root2",
            root2,
            $"--proof={proof}");
}
