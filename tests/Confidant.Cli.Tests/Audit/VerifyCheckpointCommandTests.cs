using System.Text;
using Confidant.Audit.Checkpoints;

namespace Confidant.Cli.Tests.Audit;

public sealed class VerifyCheckpointCommandTests : IDisposable
{
    // golang.org/x/mod and transparency-dev/formats test data: a sum.golang.org checkpoint and its key.
    private const string SumDbKey = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
    private const string SumDbCheckpoint =
        "go.sum database tree\n6476701\nmb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=\n\n" +
        "— sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n";

    private const string Origin = "confidant.example/audit";
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-cli-audit-").FullName;
    private readonly NoteSigner _signer = NoteSigner.FromSeed(Origin, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly AuditTree _tree = new(13);

    public void Dispose()
    {
        _signer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void SignedCheckpoint_Verifies_AndItsOriginSizeAndRootArePrinted()
    {
        var file = Write("checkpoint-13.txt", Sign(13));

        var result = CliHarness.Run("", "audit", "verify-checkpoint", "--key", _signer.VerifierKey.ToString(), file);

        AuditAssert.Holds(result);
        Assert.Equal(
            [$"ok: checkpoint signed by {Origin}+{_signer.KeyId:x8}", $"origin: {Origin}", "size: 13", $"root: {_tree.Root(13)}"],
            result.Lines);
    }

    [Fact]
    public void PrintedRoot_FeedsTheProofCommands()
    {
        var file = Write("checkpoint-13.txt", Sign(13));
        var root = CliHarness.Run("", "audit", "verify-checkpoint", "--key", _signer.VerifierKey.ToString(), file).Lines.Single(l => l.StartsWith("root: ", StringComparison.Ordinal))["root: ".Length..];

        var inclusion = CliHarness.Run("", "audit", "verify-inclusion", "--leaf-hash", _tree.LeafHash(9), "--index", "9", "--size", "13", "--proof", _tree.InclusionProof(9, 13), "--root", root);

        AuditAssert.Holds(inclusion);
    }

    [Fact]
    public void PublishedSumDbCheckpoint_Verifies()
    {
        var result = CliHarness.Run("", "audit", "verify-checkpoint", "--key", SumDbKey, "--origin", "go.sum database tree", Write("sumdb.txt", SumDbCheckpoint));

        AuditAssert.Holds(result);
        Assert.Contains("size: 6476701", result.Lines);
        Assert.Contains("origin: go.sum database tree", result.Lines);
    }

    [Fact]
    public void AnotherLogsKey_DoesNotHold()
    {
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", SumDbKey, Write("c.txt", Sign(13))), 1, "CONF-AUD-125");
    }

    [Fact]
    public void ChangedRoot_DoesNotHold()
    {
        var signed = Sign(13);
        var lines = signed.Split('\n');
        lines[2] = Convert.ToBase64String(new byte[32]);

        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", _signer.VerifierKey.ToString(), Write("c.txt", string.Join('\n', lines))), 1, "CONF-AUD-126");
    }

    [Fact]
    public void OtherOrigin_DoesNotHold()
    {
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", _signer.VerifierKey.ToString(), "--origin", "other.example/log", Write("c.txt", Sign(13))), 1, "CONF-AUD-127");
    }

    [Fact]
    public void MalformedInputs_AreRefused_WithTheirCodes()
    {
        var good = Write("good.txt", Sign(13));
        var key = _signer.VerifierKey.ToString();

        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key[..^2], good), 2, "CONF-AUD-120");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key.Replace(Origin, "x" + Origin, StringComparison.Ordinal), good), 2, "CONF-AUD-121");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", good), 2, "CONF-CLI-100");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key), 2, "CONF-CLI-102");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, Path.Combine(_folder, "missing.txt")), 2, "CONF-CLI-101");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, Write("truncated.txt", Sign(13)[..^1])), 2, "CONF-AUD-103");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, Write("size.txt", Sign(13).Replace("\n13\n", "\n013\n", StringComparison.Ordinal))), 1, "CONF-AUD-126");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, Write("huge.txt", new string('a', SignedNote.MaxSize + 1))), 2, "CONF-AUD-100");
    }

    [Fact]
    public void AuditWithoutASubcommand_IsMalformedInput()
    {
        AuditAssert.Fails(CliHarness.Run("", "audit"), 2, "CONF-CLI-102");
    }

    private string Sign(long size) => CheckpointSigner.Sign(new Checkpoint(Origin, size, Convert.FromHexString(_tree.Root(size))), _signer);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
