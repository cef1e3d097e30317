using System.CommandLine;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit checkpoint [--new] [--export DIR]</c>: prints the log's latest signed
/// checkpoint exactly as stored (so the output can be saved and checked with
/// <c>verify-checkpoint</c>); <c>--new</c> signs the current head first when it has grown;
/// <c>--export</c> also writes it to a folder that can be published.
/// </summary>
internal static class CheckpointCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var make = new Option<bool>("--new") { Description = "Sign the current head now (when the log has grown since the latest checkpoint)." };
        var export = new Option<DirectoryInfo?>("--export") { Description = "Also write it to this folder as checkpoint-<size>.txt and latest.txt." };

        var command = data.AddTo(new Command("checkpoint", "Print the audit log's latest signed checkpoint; --new makes one now.") { make, export });
        command.SetAction(p => AuditCommand.Run(environment, () => data.Run(environment, p, async services =>
        {
            var checkpoints = services.GetRequiredService<CheckpointService>();
            var note = p.GetValue(make)
                ? await checkpoints.CheckpointNowAsync().ConfigureAwait(false)
                : await checkpoints.GetLatestAsync().ConfigureAwait(false);
            if (note is null)
            {
                return AuditCommand.DoesNotHold(environment, AuditErrorCodes.NoCheckpoint, p.GetValue(make)
                    ? "the log is empty; there is nothing to sign yet."
                    : "the log has no signed checkpoint yet; make one with `confidant audit checkpoint --new`.");
            }

            if (p.GetValue(export) is { } folder)
            {
                try
                {
                    new CheckpointExporter(folder.FullName).Export(note);
                }
                catch (CheckpointException ex) when (ex.Code == CheckpointErrorCodes.ExportConflict)
                {
                    return AuditCommand.DoesNotHold(environment, ex.Code, ex.Reason);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new AuditInputException(AuditCliErrorCodes.FileUnwritable, $"cannot write the checkpoint to '{folder.FullName}': {ex.Message}");
                }
            }

            // The note as stored, byte for byte (it ends in a newline): redirect it to a file and it verifies.
            await environment.Out.WriteAsync(note).ConfigureAwait(false);
            return AuditExitCodes.Holds;
        })));
        return command;
    }
}
