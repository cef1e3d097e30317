using System.Text;

namespace Confidant.Cli.Tests.Audit;

/// <summary>
/// An auditor's round trip: the operator exports the log and its checkpoints, the auditor verifies
/// the files with nothing but the verifier key; any change to the exported entries is named.
/// </summary>
public sealed class ExportAndVerifyCommandTests : IDisposable
{
    private const int Size = 20;
    private readonly AuditDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExportedLog_VerifiesWithoutTheDatabase()
    {
        var (entries, key) = await ExportAsync();

        var result = VerifyFile(entries, key);

        AuditAssert.Holds(result);
        Assert.Equal([$"ok: {Size} entries match the checkpoint of size {Size} (0 appended since)"], result.Lines);
    }

    [Fact]
    public async Task Export_WritesTheDocumentedLines_AndEveryCheckpoint_ReadableByTheOwnerOnly()
    {
        await _folder.AppendAsync(5);
        await _folder.AppendAsync(3, first: 5);
        var entries = Path.Combine(_folder.Out, "audit.jsonl");

        var result = _folder.Run("audit", "export", "--out", entries);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(entries);
        Assert.Equal(8, lines.Length);
        Assert.Matches("""^\{"index":0,"leafHash":"[0-9a-f]{64}","entry":"[A-Za-z0-9+/=]+"\}$""", lines[0]);
        Assert.StartsWith("{\"v\":1,", Encoding.ASCII.GetString(Convert.FromBase64String(lines[0].Split("\"entry\":\"")[1].TrimEnd('"', '}'))), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Out, "checkpoint-5.txt")));
        Assert.True(File.Exists(Path.Combine(_folder.Out, "checkpoint-8.txt")));
        Assert.Equal(File.ReadAllText(Path.Combine(_folder.Out, "checkpoint-8.txt")), File.ReadAllText(Path.Combine(_folder.Out, "latest.txt")));
        Assert.Empty(Directory.GetFiles(_folder.Out, "*.tmp"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entries));
        }
    }

    [Fact]
    public async Task EveryCheckpointInTheFolder_IsChecked_AndEntriesAfterTheLatestAreCounted()
    {
        await _folder.AppendAsync(6);
        await _folder.AppendAsync(6, first: 6);
        await _folder.AppendAsync(4, first: 12, checkpoint: false);
        var entries = Path.Combine(_folder.Out, "audit.jsonl");
        Assert.Equal(0, _folder.Run("audit", "export", "--out", entries).ExitCode);

        var result = CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", _folder.Out, "--key", PublicKey());

        AuditAssert.Holds(result);
        Assert.Equal("ok: 16 entries match the checkpoint of size 12 (4 appended since)\n", result.Output);
    }

    [Fact]
    public async Task ExportFrom_AppendedToAFullExport_Verifies()
    {
        await _folder.AppendAsync(7);
        var first = Path.Combine(_folder.Out, "audit-0.jsonl");
        Assert.Equal(0, _folder.Run("audit", "export", "--out", first).ExitCode);
        await _folder.AppendAsync(5, first: 7);
        var second = Path.Combine(_folder.Out, "audit-7.jsonl");
        Assert.Equal(0, _folder.Run("audit", "export", "--out", second, "--from", "7").ExitCode);

        var result = CliHarness.Run("", "audit", "verify", "--entries", first, "--entries", second, "--checkpoint", _folder.Out, "--key", PublicKey());

        AuditAssert.Holds(result);
        Assert.StartsWith("ok: 12 entries match the checkpoint of size 12", result.Output, StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(second).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(Size - 1)]
    public async Task AByteChangedInAnEntry_IsNamedAsModified(int index)
    {
        var (entries, key) = await ExportAsync();
        var lines = File.ReadAllLines(entries);
        lines[index] = ChangeEntryByte(lines[index]);
        File.WriteAllLines(entries, lines);

        AssertProblem(VerifyFile(entries, key), "modified", index);
    }

    [Fact]
    public async Task ADeletedLine_IsNamedAsDeleted()
    {
        var (entries, key) = await ExportAsync();
        var lines = File.ReadAllLines(entries).ToList();
        lines.RemoveAt(5);
        File.WriteAllLines(entries, lines);

        AssertProblem(VerifyFile(entries, key), "deleted", 5);
    }

    [Fact]
    public async Task TwoSwappedLines_AreNamedAsReordered()
    {
        var (entries, key) = await ExportAsync();
        var lines = File.ReadAllLines(entries);
        (lines[3], lines[4]) = (lines[4], lines[3]);
        File.WriteAllLines(entries, lines);

        AssertProblem(VerifyFile(entries, key), "reordered", 3);
    }

    [Fact]
    public async Task TwoSwappedEntries_UnderTheirOriginalIndexes_AreNamedAsReordered()
    {
        var (entries, key) = await ExportAsync();
        var lines = File.ReadAllLines(entries);
        string Entry(string line) => line[line.IndexOf("\"entry\"", StringComparison.Ordinal)..];
        var (three, eleven) = (Entry(lines[3]), Entry(lines[11]));
        lines[3] = lines[3].Replace(three, eleven, StringComparison.Ordinal);
        lines[11] = lines[11].Replace(eleven, three, StringComparison.Ordinal);
        File.WriteAllLines(entries, lines);

        AssertProblem(VerifyFile(entries, key), "reordered", 3);
    }

    [Fact]
    public async Task ATruncatedFile_IsNamedAsTruncated()
    {
        var (entries, key) = await ExportAsync();
        File.WriteAllLines(entries, File.ReadAllLines(entries).Take(Size - 3));

        AssertProblem(VerifyFile(entries, key), "truncated", Size - 3);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("""{"index":5,"leafHash":"00","entry":"AA=="}""")]
    [InlineData("""{"index":5,"leafHash":"0000000000000000000000000000000000000000000000000000000000000000"}""")]
    [InlineData("""{"index":-1,"leafHash":"0000000000000000000000000000000000000000000000000000000000000000","entry":"AA=="}""")]
    [InlineData("""{"index":5,"leafHash":"0000000000000000000000000000000000000000000000000000000000000000","entry":"not base64!"}""")]
    [InlineData("""{"index":5,"leafHash":"0000000000000000000000000000000000000000000000000000000000000000","entry":"AA==","extra":1}""")]
    [InlineData("""{"index":5,"index":5,"leafHash":"0000000000000000000000000000000000000000000000000000000000000000","entry":"AA=="}""")]
    [InlineData("""[1,2,3]""")]
    public async Task AMalformedLine_IsMalformedInput_NamingTheLine(string bad)
    {
        var (entries, key) = await ExportAsync();
        var lines = File.ReadAllLines(entries);
        lines[5] = bad;
        File.WriteAllLines(entries, lines);

        var result = VerifyFile(entries, key);

        AuditAssert.Fails(result, 2, "CONF-CLI-103");
        Assert.Contains("line 6 of audit.jsonl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALastLineCutInTheMiddle_IsMalformedInput()
    {
        var (entries, key) = await ExportAsync();
        var bytes = File.ReadAllBytes(entries);
        File.WriteAllBytes(entries, bytes[..^10]);

        var result = VerifyFile(entries, key);

        AuditAssert.Fails(result, 2, "CONF-CLI-103");
        Assert.Contains($"line {Size} of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckpointSignedByAnotherKey_DoesNotHold()
    {
        var (entries, _) = await ExportAsync();
        var other = new AuditDataFolder();
        try
        {
            await other.AppendAsync(1);
            var otherKey = other.Run("audit", "public-key").Output.Trim();

            AuditAssert.Fails(VerifyFile(entries, otherKey), 1, "CONF-AUD-125");
        }
        finally
        {
            other.Dispose();
        }
    }

    [Fact]
    public async Task AChangedCheckpoint_DoesNotHold()
    {
        var (entries, key) = await ExportAsync();
        var checkpoint = Path.Combine(_folder.Out, $"checkpoint-{Size}.txt");
        var lines = File.ReadAllText(checkpoint).Split('\n');
        lines[2] = Convert.ToBase64String(new byte[32]);
        File.WriteAllText(checkpoint, string.Join('\n', lines));

        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", checkpoint, "--key", key), 1, "CONF-AUD-126");
    }

    [Fact]
    public async Task MissingKeyOrCheckpoint_OrDataWithEntries_IsMalformedInput()
    {
        var (entries, key) = await ExportAsync();
        var checkpoint = Path.Combine(_folder.Out, $"checkpoint-{Size}.txt");

        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", checkpoint), 2, "CONF-CLI-100");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", entries, "--key", key), 2, "CONF-CLI-100");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", checkpoint, "--key", key, "--data", _folder.Folder), 2, "CONF-CLI-102");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", Path.Combine(_folder.Out, "missing.jsonl"), "--checkpoint", checkpoint, "--key", key), 2, "CONF-CLI-101");
        AuditAssert.Fails(CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", checkpoint, "--key", "not-a-key"), 2, "CONF-AUD-120");
    }

    [Fact]
    public async Task Export_OfAnEmptyFolder_ReportsNoDatabase()
    {
        var empty = Path.Combine(_folder.Folder, "empty");

        var result = CliHarness.Run("", "audit", "export", "--out", Path.Combine(_folder.Out, "a.jsonl"), "--data", empty);

        AuditAssert.Fails(result, 2, "CONF-CLI-002");
        Assert.False(Directory.Exists(empty));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Export_FromBeyondTheLog_IsOutOfRange()
    {
        await _folder.AppendAsync(3);

        AuditAssert.Fails(_folder.Run("audit", "export", "--out", Path.Combine(_folder.Out, "a.jsonl"), "--from", "4"), 2, "CONF-AUD-155");
    }

    private async Task<(string Entries, string Key)> ExportAsync()
    {
        await _folder.AppendAsync(Size);
        var entries = Path.Combine(_folder.Out, "audit.jsonl");
        var export = _folder.Run("audit", "export", "--out", entries);
        Assert.True(export.ExitCode == 0, export.Error);
        return (entries, PublicKey());
    }

    private string PublicKey()
    {
        var result = _folder.Run("audit", "public-key");
        Assert.Equal(0, result.ExitCode);
        return result.Output.Trim();
    }

    private CliResult VerifyFile(string entries, string key) =>
        CliHarness.Run("", "audit", "verify", "--entries", entries, "--checkpoint", Path.Combine(_folder.Out, $"checkpoint-{Size}.txt"), "--key", key);

    /// <summary>Replaces one base64 character in the middle of the entry with another, so the decoded bytes change.</summary>
    private static string ChangeEntryByte(string line)
    {
        var at = line.IndexOf("\"entry\":\"", StringComparison.Ordinal) + "\"entry\":\"".Length + 12;
        var replacement = line[at] == 'A' ? 'B' : 'A';
        return line[..at] + replacement + line[(at + 1)..];
    }

    internal static void AssertProblem(CliResult result, string kind, long index)
    {
        AuditAssert.Fails(result, 1, "CONF-CLI-110");
        Assert.StartsWith($"CONF-CLI-110: {kind} at entry {index}: ", result.Error, StringComparison.Ordinal);
    }
}
