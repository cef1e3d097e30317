using System.Globalization;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Writes signed checkpoints to a folder that can be published as is (a static web root, a
/// bucket): <c>checkpoint-&lt;size&gt;.txt</c> for each and <c>latest.txt</c> for the largest.
/// Each file is written to a temporary name, flushed to disk and renamed over the old one, so a
/// reader sees the previous file or the new one, never half of one.
/// </summary>
public sealed class CheckpointExporter
{
    /// <summary>The name of the file that always holds the largest exported checkpoint.</summary>
    public const string LatestFileName = "latest.txt";

    private readonly string _folder;
    private readonly Lock _gate = new();

    /// <summary>Creates an exporter writing into <paramref name="folder"/> (created when missing).</summary>
    public CheckpointExporter(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
    }

    /// <summary>The file name of the checkpoint of <paramref name="size"/> entries.</summary>
    public static string FileNameFor(long size) => $"checkpoint-{size.ToString(CultureInfo.InvariantCulture)}.txt";

    /// <summary>
    /// Writes <paramref name="signedCheckpoint"/> and moves <c>latest.txt</c> to it unless that
    /// already holds a larger tree; returns the path of the checkpoint's own file. Throws
    /// <see cref="CheckpointException"/> with CONF-AUD-137 when the folder holds a checkpoint of
    /// the same size with another body: two roots for one size is a fork, never overwritten.
    /// </summary>
    public string Export(string signedCheckpoint)
    {
        var note = SignedNote.Parse(signedCheckpoint);
        var checkpoint = Checkpoint.Parse(note.Text);
        var bytes = NoteSyntax.StrictUtf8.GetBytes(signedCheckpoint);
        var path = Path.Combine(_folder, FileNameFor(checkpoint.Size));
        var latest = Path.Combine(_folder, LatestFileName);

        // Checkpoints are a few hundred bytes: synchronous writes under a lock keep two exports
        // in this process from interleaving their read-compare-write steps.
        lock (_gate)
        {
            Directory.CreateDirectory(_folder);

            // The same body may come back with more signatures (witness cosignatures): replace it.
            var existing = TryRead(path);
            if (existing is not null && !string.Equals(existing.Text, note.Text, StringComparison.Ordinal))
            {
                throw new CheckpointException(CheckpointErrorCodes.ExportConflict, $"{FileNameFor(checkpoint.Size)} already holds a different checkpoint of size {checkpoint.Size}; the log has forked or the folder is shared with another log.");
            }

            WriteAtomically(path, bytes);

            var current = TryRead(latest);
            var currentSize = current is null ? -1 : TryGetSize(current);
            if (currentSize <= checkpoint.Size)
            {
                WriteAtomically(latest, bytes);
            }

            return path;
        }
    }

    private static SignedNote? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return SignedNote.Parse(File.ReadAllBytes(path));
        }
        catch (CheckpointException)
        {
            // A damaged file is replaced rather than trusted.
            return null;
        }
    }

    private static long TryGetSize(SignedNote note)
    {
        try
        {
            return Checkpoint.Parse(note.Text).Size;
        }
        catch (CheckpointException)
        {
            return -1;
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
