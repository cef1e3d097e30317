using System.CommandLine;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit export --out FILE [--from N] [--checkpoints DIR]</c>: writes the ledger's
/// entries as JSON lines (<see cref="ExportedEntries"/>) and every stored signed checkpoint
/// (<c>checkpoint-&lt;size&gt;.txt</c> and <c>latest.txt</c>, by default next to the file), which is
/// all an auditor needs, with the verifier key, to run <c>audit verify --entries</c> without our database.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var output = new Option<FileInfo?>("--out") { Description = "The file to write the entries to (JSON lines); replaced whole, never half written." };
        var from = new Option<string?>("--from") { Description = "The first entry to export (default 0: the whole log, which full verification needs)." };
        var checkpoints = new Option<DirectoryInfo?>("--checkpoints") { Description = "The folder for the signed checkpoints (default: the folder of --out)." };

        var command = data.AddTo(new Command("export", "Write the audit log's entries and signed checkpoints to files an auditor can verify without the database.") { output, from, checkpoints });
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var file = p.GetValue(output) ?? throw new AuditInputException(AuditCliErrorCodes.MissingOption, "--out is required (the file to write the entries to).");
            var start = p.GetValue(from) is { } text ? AuditInput.Count(text, "--from") : 0;
            var folder = p.GetValue(checkpoints) ?? file.Directory!;
            return data.Run(environment, p, services => ExportAsync(services, environment, file, start, folder));
        }));
        return command;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, CliEnvironment environment, FileInfo file, long from, DirectoryInfo folder)
    {
        var ledger = services.GetRequiredService<AuditLedger>();
        var head = await ledger.GetHeadAsync().ConfigureAwait(false);
        if (from > head.Size)
        {
            throw new AuditException(AuditErrorCodes.OutOfRange, $"the log has {head.Size} entries; --from {from} is beyond it.");
        }

        // Checkpoints first: the log only grows, so every checkpoint listed now covers entries the
        // export below will hold (the export may hold more, appended since).
        var notes = await services.GetRequiredService<CheckpointService>().ListAsync().ConfigureAwait(false);
        var count = await WriteAtomicallyAsync(file, stream => ExportedEntries.WriteAsync(ledger.ReadEntriesAsync(from), stream)).ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"exported {count} entries{(count == 0 ? "" : $" ({from} to {from + count - 1})")} to {file.FullName}").ConfigureAwait(false);
        if (notes.Count == 0)
        {
            await environment.Error.WriteLineAsync($"warning: the log has no signed checkpoint yet, so the export cannot be verified; make one with `confidant audit checkpoint --new` and export again.").ConfigureAwait(false);
            return AuditExitCodes.Holds;
        }

        try
        {
            var exporter = new CheckpointExporter(folder.FullName);
            foreach (var note in notes)
            {
                exporter.Export(note);
            }
        }
        catch (CheckpointException ex) when (ex.Code == CheckpointErrorCodes.ExportConflict)
        {
            // Another root for a size already in the folder: a fork, or another log's folder. A finding, not a typo.
            return AuditCommand.DoesNotHold(environment, ex.Code, ex.Reason);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditInputException(AuditCliErrorCodes.FileUnwritable, $"cannot write the checkpoints to '{folder.FullName}': {ex.Message}");
        }

        var latest = Checkpoint.Parse(SignedNote.Parse(notes[^1]).Text).Size;
        await environment.Out.WriteLineAsync($"exported {notes.Count} signed checkpoints to {folder.FullName} (latest: size {latest}, {CheckpointExporter.LatestFileName})").ConfigureAwait(false);
        return AuditExitCodes.Holds;
    }

    /// <summary>
    /// Writes through <paramref name="write"/> to a temporary file in the target's folder, readable
    /// by the owner only, flushed to disk and renamed over <paramref name="file"/>: a reader sees
    /// the old file or the whole new one, never a partial export.
    /// </summary>
    private static async Task<long> WriteAtomicallyAsync(FileInfo file, Func<Stream, Task<long>> write)
    {
        var temporary = Path.Combine(file.DirectoryName!, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 20 };
        if (!OperatingSystem.IsWindows())
        {
            // The entries are ids and codes by construction, but an audit trail is still nobody else's business.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            Directory.CreateDirectory(file.DirectoryName!);
            long count;
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                count = await write(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, file.FullName, overwrite: true);
            return count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new AuditInputException(AuditCliErrorCodes.FileUnwritable, $"cannot write '{file.FullName}': {ex.Message}");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary name starts with a dot and says what it is.
        }
    }
}
