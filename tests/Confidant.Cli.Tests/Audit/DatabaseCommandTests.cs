namespace Confidant.Cli.Tests.Audit;

/// <summary>The audit commands an operator runs on the installation's own data folder.</summary>
public sealed class DatabaseCommandTests : IDisposable
{
    private readonly AuditDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Verify_WithTheAuditorsKey_Holds()
    {
        await _folder.AppendAsync(10);
        await _folder.AppendAsync(2, first: 10, checkpoint: false);
        var key = _folder.Run("audit", "public-key").Output.Trim();

        var result = _folder.Run("audit", "verify", "--key", key);

        AuditAssert.Holds(result);
        Assert.Equal("ok: 12 entries match the checkpoint of size 10 (2 appended since)\n", result.Output);
    }

    [Fact]
    public async Task Verify_WithoutAKey_UsesTheStoredOne_AndWarns()
    {
        await _folder.AppendAsync(5);

        var result = _folder.Run("audit", "verify");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ok: 5 entries", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("warning: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnEntryChangedInTheDatabase_IsNamed()
    {
        await _folder.AppendAsync(16);
        var key = _folder.Run("audit", "public-key").Output.Trim();
        await _folder.SqlAsync(
            """DROP TRIGGER "audit_entries_no_update" """,
            """DROP TRIGGER "audit_entries_no_delete" """,
            """UPDATE "audit_entries" SET "Entry" = CAST(REPLACE(CAST("Entry" AS TEXT), 'm-', 'x-') AS BLOB) WHERE "Index" = 9""");

        ExportAndVerifyCommandTests.AssertProblem(_folder.Run("audit", "verify", "--key", key), "modified", 9);
    }

    [Fact]
    public async Task Verify_AnEntryDeletedFromTheDatabase_IsNamed()
    {
        await _folder.AppendAsync(16);
        var key = _folder.Run("audit", "public-key").Output.Trim();
        await _folder.SqlAsync("""DROP TRIGGER "audit_entries_no_delete" """, """DELETE FROM "audit_entries" WHERE "Index" = 4""");

        ExportAndVerifyCommandTests.AssertProblem(_folder.Run("audit", "verify", "--key", key), "deleted", 4);
    }

    [Fact]
    public async Task Verify_WithAnotherLogsKey_DoesNotHold()
    {
        await _folder.AppendAsync(3);
        using var other = new AuditDataFolder();
        await other.AppendAsync(1);

        AuditAssert.Fails(_folder.Run("audit", "verify", "--key", other.Run("audit", "public-key").Output.Trim()), 1, "CONF-AUD-125");
    }

    [Fact]
    public async Task Verify_ALogWithoutCheckpoint_DoesNotHold()
    {
        await _folder.AppendAsync(3, checkpoint: false);

        AuditAssert.Fails(_folder.Run("audit", "verify"), 1, "CONF-AUD-156");
    }

    [Fact]
    public async Task CheckpointNew_ThenCheckpoint_PrintTheSameNote_WhichThePublicKeyVerifies()
    {
        await _folder.AppendAsync(7, checkpoint: false);

        var made = _folder.Run("audit", "checkpoint", "--new", "--export", _folder.Out);
        var latest = _folder.Run("audit", "checkpoint");
        var key = _folder.Run("audit", "public-key").Output.Trim();

        Assert.Equal(0, made.ExitCode);
        Assert.Equal(made.Output, latest.Output);
        Assert.Equal(made.Output, File.ReadAllText(Path.Combine(_folder.Out, "checkpoint-7.txt")));
        var file = Path.Combine(_folder.Out, "saved.txt");
        File.WriteAllText(file, latest.Output);
        var verified = CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, file);
        AuditAssert.Holds(verified);
        Assert.Contains("size: 7", verified.Lines);
    }

    [Fact]
    public async Task CheckpointNew_WhenNothingWasAppended_PrintsTheLatestAgain()
    {
        await _folder.AppendAsync(4);

        Assert.Equal(_folder.Run("audit", "checkpoint").Output, _folder.Run("audit", "checkpoint", "--new").Output);
    }

    [Fact]
    public async Task Checkpoint_OfAnEmptyLog_DoesNotHold()
    {
        await _folder.AppendAsync(0, checkpoint: false);

        AuditAssert.Fails(_folder.Run("audit", "checkpoint"), 1, "CONF-AUD-156");
        AuditAssert.Fails(_folder.Run("audit", "checkpoint", "--new"), 1, "CONF-AUD-156");
    }

    [Fact]
    public async Task PublicKey_IsStable()
    {
        await _folder.AppendAsync(0, checkpoint: false);

        var first = _folder.Run("audit", "public-key");
        var second = _folder.Run("audit", "public-key");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^confidant\.local/audit\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+\n$", first.Output);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task AnotherOrigin_ThanTheStoredCheckpoints_IsRefused()
    {
        await _folder.AppendAsync(2);

        AuditAssert.Fails(_folder.Run("audit", "checkpoint", "--new", "--origin", "other.example/log"), 2, "CONF-CLI-106");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(5, null)]
    [InlineData(12, null)]
    [InlineData(3, "9")]
    [InlineData(0, "1")]
    public async Task ProveInclusion_PrintsACommandThatVerifies(int index, string? size)
    {
        await _folder.AppendAsync(13);

        var proof = size is null
            ? _folder.Run("audit", "prove-inclusion", "--index", index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : _folder.Run("audit", "prove-inclusion", "--index", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "--size", size);

        Assert.True(proof.ExitCode == 0, proof.Error);
        Assert.Contains($"size: {size ?? "13"}", proof.Lines);
        AuditAssert.Holds(RunPrinted(proof));
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("6", null)]
    [InlineData("13", null)]
    [InlineData("3", "9")]
    public async Task ProveConsistency_PrintsACommandThatVerifies(string size1, string? size2)
    {
        await _folder.AppendAsync(13);

        var proof = size2 is null
            ? _folder.Run("audit", "prove-consistency", "--size1", size1)
            : _folder.Run("audit", "prove-consistency", "--size1", size1, "--size2", size2);

        Assert.True(proof.ExitCode == 0, proof.Error);
        AuditAssert.Holds(RunPrinted(proof));
    }

    [Fact]
    public async Task ProveConsistency_RootsMatchTheSignedCheckpoints()
    {
        await _folder.AppendAsync(6);
        await _folder.AppendAsync(7, first: 6);
        var key = _folder.Run("audit", "public-key").Output.Trim();
        Assert.Equal(0, _folder.Run("audit", "export", "--out", Path.Combine(_folder.Out, "audit.jsonl")).ExitCode);
        string Root(int size) => CliHarness.Run("", "audit", "verify-checkpoint", "--key", key, Path.Combine(_folder.Out, $"checkpoint-{size}.txt")).Lines.Single(l => l.StartsWith("root: ", StringComparison.Ordinal))[6..];

        var proof = _folder.Run("audit", "prove-consistency", "--size1", "6");

        Assert.Contains($"root1: {Root(6)}", proof.Lines);
        Assert.Contains($"root2: {Root(13)}", proof.Lines);
    }

    [Theory]
    [InlineData("prove-inclusion", "--index", "13")]
    [InlineData("prove-inclusion", "--index", "99", "--size", "200")]
    [InlineData("prove-consistency", "--size1", "14")]
    [InlineData("prove-consistency", "--size1", "5", "--size2", "4")]
    public async Task Prove_OutOfRange_IsMalformedInput(params string[] args)
    {
        await _folder.AppendAsync(13);

        AuditAssert.Fails(_folder.Run(["audit", .. args]), 2, "CONF-AUD-155");
    }

    [Fact]
    public async Task Prove_WithoutSizeOrCheckpoint_Fails_AndANegativeIndexIsMalformed()
    {
        await _folder.AppendAsync(3, checkpoint: false);

        AuditAssert.Fails(_folder.Run("audit", "prove-inclusion", "--index", "0"), 1, "CONF-AUD-156");
        AuditAssert.Fails(_folder.Run("audit", "prove-inclusion", "--index", "-1", "--size", "3"), 2, "CONF-AUD-147");
        AuditAssert.Fails(_folder.Run("audit", "prove-inclusion"), 2, "CONF-CLI-100");
    }

    [Fact]
    public async Task List_RecordsEachListing_SoTheSecondShowsTheFirst()
    {
        await _folder.AppendAsync(4);

        var first = _folder.Run("audit", "list");
        var second = _folder.Run("audit", "list", "--event", "CONF-AUD-040");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(5, first.Lines.Length); // the four events and the listing's own record
        Assert.All(first.Lines, l => Assert.Equal(12, l.Split('\t').Length));
        Assert.Equal(2, second.Lines.Length);
        var columns = second.Lines[0].Split('\t');
        Assert.Equal(["4", "CONF-AUD-040", "audit.read", "*", "system:cli", "success", "audit-log"], [columns[0], .. columns[2..8]]);
    }

    [Fact]
    public async Task List_FiltersByTenant_AndWritesJson()
    {
        await _folder.AppendAsync(6);

        var result = _folder.Run("audit", "list", "--tenant", "globex", "--json", "--count", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        foreach (var line in result.Lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            Assert.Equal("globex", json.RootElement.GetProperty("event").GetProperty("tenant").GetString());
            Assert.Equal("CONF-AUD-002", json.RootElement.GetProperty("event").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task List_CountOutOfRange_IsMalformedInput()
    {
        await _folder.AppendAsync(1);

        AuditAssert.Fails(_folder.Run("audit", "list", "--count", "1001"), 2, "CONF-CLI-104");
        AuditAssert.Fails(_folder.Run("audit", "list", "--count", "0"), 2, "CONF-CLI-104");
    }

    /// <summary>Runs the "verify: confidant audit …" line a prove command printed.</summary>
    internal static CliResult RunPrinted(CliResult proof)
    {
        var line = proof.Lines.Single(l => l.StartsWith("verify: confidant ", StringComparison.Ordinal));
        return CliHarness.Run("", line["verify: confidant ".Length..].Split(' '));
    }
}
