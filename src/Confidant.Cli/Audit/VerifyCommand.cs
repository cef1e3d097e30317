using System.CommandLine;
using System.Runtime.CompilerServices;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Ledger;
using Confidant.Audit.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit verify</c>: full verification of the log, recomputing the tree from every
/// entry and comparing it with every signed checkpoint. Two modes: against the database
/// (<c>--data</c> / <c>--postgres</c>), or, for an auditor without access to it, against an export
/// (<c>--entries FILE --checkpoint FILE|DIR … --key KEY</c>). Exit 0 when the entries are exactly
/// what the checkpoints commit to, 1 with the first problem found, 2 for malformed input.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var key = new Option<string?>("--key") { Description = "The log's verifier key, <name>+<key id>+<base64 key>; the auditor's own copy. Required with --entries." };
        var entries = new Option<FileInfo[]>("--entries") { Description = "An exported entries file (audit export); several are read in order, such as a full export followed by exports --from later sizes.", AllowMultipleArgumentsPerToken = false };
        var checkpoints = new Option<FileSystemInfo[]>("--checkpoint") { Description = "A signed checkpoint file, or a folder whose checkpoint-*.txt files are all used; may be repeated." };

        var command = data.AddTo(new Command("verify", "Check that the audit log's entries are exactly what its signed checkpoints commit to, naming the first entry that is not.") { key, entries, checkpoints });
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var files = p.GetValue(entries) ?? [];
            var keyText = p.GetValue(key);
            if (files.Length == 0)
            {
                return data.Run(environment, p, services => VerifyDatabaseAsync(services, environment, keyText is null ? null : NoteVerifierKey.Parse(keyText)));
            }

            if (data.IsGiven(p))
            {
                throw new AuditInputException(AuditCliErrorCodes.CommandLine, "--entries verifies an export without the database; leave out --data and --postgres (or --entries).");
            }

            var verifierKey = NoteVerifierKey.Parse(keyText ?? throw new AuditInputException(AuditCliErrorCodes.MissingOption, "--key is required with --entries (the log's verifier key, from a source you trust)."));
            var given = p.GetValue(checkpoints) ?? [];
            return given.Length == 0
                ? throw new AuditInputException(AuditCliErrorCodes.MissingOption, "--checkpoint is required with --entries (a signed checkpoint file, or the folder of them).")
                : VerifyFilesAsync(environment, files, given, verifierKey).GetAwaiter().GetResult();
        }));
        return command;
    }

    private static async Task<int> VerifyDatabaseAsync(IServiceProvider services, CliEnvironment environment, NoteVerifierKey? key)
    {
        var checkpoints = services.GetRequiredService<CheckpointService>();
        if (key is null)
        {
            if ((await checkpoints.ListAsync().ConfigureAwait(false)).Count == 0)
            {
                return AuditCommand.DoesNotHold(environment, AuditErrorCodes.NoCheckpoint, "the log has no signed checkpoint yet; make one with `confidant audit checkpoint --new`.");
            }

            // The key in the database is what an attacker who rewrote the database would have
            // replaced too: fine for an operator's routine check, not for an audit.
            key = NoteVerifierKey.Parse(await checkpoints.GetVerifierKeyAsync().ConfigureAwait(false));
            await environment.Error.WriteLineAsync($"warning: no --key given, so the checkpoints were checked with the key stored in this database ({key.Name}+{key.KeyId:x8}); an auditor passes their own copy of the key with --key.").ConfigureAwait(false);
        }

        var (report, checkpointError) = await checkpoints.VerifyAsync(key).ConfigureAwait(false);
        if (report is null)
        {
            // Already "CODE: message": a stored checkpoint the key rejects, or none at all.
            await environment.Error.WriteLineAsync(checkpointError).ConfigureAwait(false);
            return AuditExitCodes.DoesNotHold;
        }

        return Report(environment, report);
    }

    private static async Task<int> VerifyFilesAsync(CliEnvironment environment, IReadOnlyList<FileInfo> entries, IReadOnlyList<FileSystemInfo> given, NoteVerifierKey key)
    {
        var trusted = new SortedDictionary<long, (byte[] Root, string File)>();
        foreach (var file in ExpandCheckpoints(given))
        {
            var result = CheckpointFile.Verify(file, key);
            if (!result.IsValid)
            {
                return AuditCommand.DoesNotHold(environment, result.ErrorCode!, $"{file.Name}: {result.Message}");
            }

            var checkpoint = result.Checkpoint!;
            if (trusted.TryGetValue(checkpoint.Size, out var known))
            {
                if (!checkpoint.RootHash.SequenceEqual(known.Root))
                {
                    // Both signed by the log's key: the log showed two histories. No entry can settle that.
                    return AuditCommand.DoesNotHold(environment, AuditCliErrorCodes.CheckpointFork, $"{known.File} and {file.Name} are both signed for size {checkpoint.Size} but with different roots: the log forked.");
                }

                continue;
            }

            trusted.Add(checkpoint.Size, (checkpoint.RootHash.ToArray(), file.Name));
        }

        var firstJump = new StrongBox<long>(-1);
        var report = await LedgerVerifier.VerifyAsync(WatchForJumps(ExportedEntries.ReadAsync(entries), firstJump), [.. trusted.Select(t => new TrustedCheckpoint(t.Key, t.Value.Root))]).ConfigureAwait(false);
        if (report.Problem is { Kind: TamperKind.Deleted } problem && problem.Index == firstJump.Value)
        {
            // In a database the index is the row's key, so a jump in the indexes is a deletion; in a
            // file, lines can also be moved with their index. Look for the missing one further on.
            var position = 0L;
            await foreach (var entry in ExportedEntries.ReadAsync(entries).ConfigureAwait(false))
            {
                if (entry.Index == problem.Index)
                {
                    report = report with { Problem = problem with { Kind = TamperKind.Reordered, Description = $"entry {problem.Index} is out of place: the export holds it at position {position} (line {position + 1}), after entries that come later." } };
                    break;
                }

                position++;
            }
        }

        if (report.Problem is { Kind: TamperKind.Unlocated } unlocated && report.EntriesRead < report.CheckpointSize)
        {
            // The verifier could not prove the entries present are a prefix of the signed tree (a
            // database has the stored hashes for that, an export does not). The shortfall itself is
            // certain, so say that, and what could not be checked.
            report = report with
            {
                Problem = new VerificationProblem(TamperKind.Truncated, report.EntriesRead, $"the export ends after {report.EntriesRead} entries, but a signed checkpoint commits to {report.CheckpointSize}: entries from {report.EntriesRead} on are missing; without them, entries {unlocated.Index} to {report.EntriesRead - 1} cannot be checked either."),
            };
        }

        return Report(environment, report);
    }

    /// <summary>Passes the entries on, noting the first position whose entry carries a later index.</summary>
    private static async IAsyncEnumerable<StoredEntry> WatchForJumps(IAsyncEnumerable<StoredEntry> entries, StrongBox<long> firstJump)
    {
        var position = 0L;
        await foreach (var entry in entries.ConfigureAwait(false))
        {
            if (firstJump.Value < 0 && entry.Index > position)
            {
                firstJump.Value = position;
            }

            position++;
            yield return entry;
        }
    }

    /// <summary>The checkpoint files named: each file as given, each folder's <c>checkpoint-*.txt</c> in name order.</summary>
    private static List<FileInfo> ExpandCheckpoints(IReadOnlyList<FileSystemInfo> given)
    {
        var files = new List<FileInfo>();
        foreach (var item in given)
        {
            if (item is DirectoryInfo or FileInfo { Exists: false } && Directory.Exists(item.FullName))
            {
                var folder = new DirectoryInfo(item.FullName);
                var found = folder.GetFiles("checkpoint-*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
                files.AddRange(found.Count > 0
                    ? found
                    : throw new AuditInputException(AuditCliErrorCodes.FileUnreadable, $"'{folder.FullName}' holds no checkpoint-*.txt file."));
            }
            else
            {
                files.Add(new FileInfo(item.FullName));
            }
        }

        return files;
    }

    private static int Report(CliEnvironment environment, VerificationReport report)
    {
        if (report.Problem is { } problem)
        {
            var where = problem.EndIndex - problem.Index > 1 ? $"entries {problem.Index} to {problem.EndIndex - 1}" : $"entry {problem.Index}";
            return AuditCommand.DoesNotHold(environment, AuditCliErrorCodes.LogDoesNotMatch, $"{KindName(problem.Kind)} at {where}: {problem.Description}");
        }

        environment.Out.WriteLine($"ok: {report.EntriesRead} entries match the checkpoint of size {report.CheckpointSize} ({report.EntriesAfterCheckpoint} appended since)");
        return AuditExitCodes.Holds;
    }

    /// <summary>The kind as printed: a stable lower-case word scripts can match on.</summary>
    internal static string KindName(TamperKind kind) => kind switch
    {
        TamperKind.Modified => "modified",
        TamperKind.Deleted => "deleted",
        TamperKind.Reordered => "reordered",
        TamperKind.Truncated => "truncated",
        TamperKind.Rewritten => "rewritten",
        TamperKind.Unlocated => "unlocated",
        _ => kind.ToString(),
    };
}
