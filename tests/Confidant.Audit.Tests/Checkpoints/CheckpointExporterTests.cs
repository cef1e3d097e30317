using Confidant.Audit.Checkpoints;

namespace Confidant.Audit.Tests.Checkpoints;

public sealed class CheckpointExporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("confidant-audit-export-").FullName, "checkpoints");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public void Export_WritesTheCheckpointFile_AndLatest_WithNoTemporaryFileLeft()
    {
        var signed = TestKeys.SignedSample(8);

        var path = new CheckpointExporter(_folder).Export(signed);

        Assert.Equal(Path.Combine(_folder, "checkpoint-8.txt"), path);
        Assert.Equal(signed, File.ReadAllText(path));
        Assert.Equal(signed, File.ReadAllText(Path.Combine(_folder, CheckpointExporter.LatestFileName)));
        Assert.Equal(["checkpoint-8.txt", "latest.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Latest_MovesForward_ButNeverBack()
    {
        var exporter = new CheckpointExporter(_folder);
        var eight = TestKeys.SignedSample(8);
        var twelve = TestKeys.SignedSample(12);
        var latest = Path.Combine(_folder, CheckpointExporter.LatestFileName);

        exporter.Export(eight);
        exporter.Export(twelve);
        var afterTwelve = File.ReadAllText(latest);
        exporter.Export(eight);

        Assert.Equal(twelve, afterTwelve);
        Assert.Equal(twelve, File.ReadAllText(latest));
        Assert.Equal(eight, File.ReadAllText(Path.Combine(_folder, "checkpoint-8.txt")));
    }

    [Fact]
    public void SameSizeWithAnotherRoot_IsRefused_AndTheFirstIsKept()
    {
        var exporter = new CheckpointExporter(_folder);
        var first = TestKeys.SignedSample(8);
        using var signer = TestKeys.LogSigner();
        var forked = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 8, new byte[32]), signer);
        exporter.Export(first);

        var error = Assert.Throws<CheckpointException>(() => exporter.Export(forked));

        Assert.Equal(CheckpointErrorCodes.ExportConflict, error.Code);
        Assert.Equal(first, File.ReadAllText(Path.Combine(_folder, "checkpoint-8.txt")));
    }

    [Fact]
    public void SameCheckpoint_WithACosignatureAdded_ReplacesTheFile()
    {
        var exporter = new CheckpointExporter(_folder);
        var signed = TestKeys.SignedSample(8);
        using var witness = NoteSigner.FromSeed("witness.example/w1", new byte[32]);
        var note = SignedNote.Parse(signed);
        var cosigned = note.WithSignatures([witness.Sign(note.Text)]).Format();
        exporter.Export(signed);

        exporter.Export(cosigned);

        Assert.Equal(cosigned, File.ReadAllText(Path.Combine(_folder, "checkpoint-8.txt")));
        Assert.Equal(cosigned, File.ReadAllText(Path.Combine(_folder, CheckpointExporter.LatestFileName)));
    }

    [Fact]
    public void SomethingThatIsNoCheckpoint_IsNotExported()
    {
        Assert.Throws<CheckpointException>(() => new CheckpointExporter(_folder).Export("hello\n"));
        Assert.False(Directory.Exists(_folder));
    }
}
