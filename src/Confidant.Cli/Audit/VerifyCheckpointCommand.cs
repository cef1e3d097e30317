using System.CommandLine;
using Confidant.Audit.Checkpoints;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit verify-checkpoint --key VERIFIERKEY FILE</c>: checks a signed checkpoint
/// with the log's verifier key and prints what it commits to (origin, size, root).
/// </summary>
internal static class VerifyCheckpointCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var key = new Option<string?>("--key") { Description = "The log's verifier key, <name>+<key id>+<base64 key>." };
        var origin = new Option<string?>("--origin") { Description = "Also require the checkpoint to be for this log (origin line)." };
        var file = new Argument<FileInfo>("FILE") { Description = "The signed checkpoint (such as checkpoint-<size>.txt or latest.txt)." };

        var command = new Command("verify-checkpoint", "Check a signed checkpoint against the log's verifier key; print its origin, size and root.") { key, origin, file };
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var keyText = p.GetValue(key) ?? throw new AuditInputException(AuditCliErrorCodes.MissingOption, "--key is required (the log's verifier key).");
            var verifierKey = NoteVerifierKey.Parse(keyText);

            // A signature that does not hold is exit 1; a file that is no signed checkpoint is malformed input (thrown).
            var result = CheckpointFile.Verify(p.GetValue(file)!, verifierKey, p.GetValue(origin));
            if (!result.IsValid)
            {
                return AuditCommand.DoesNotHold(environment, result.ErrorCode!, result.Message!);
            }

            var checkpoint = result.Checkpoint!;
            environment.Out.WriteLine($"ok: checkpoint signed by {verifierKey.Name}+{verifierKey.KeyId:x8}");
            environment.Out.WriteLine($"origin: {checkpoint.Origin}");
            environment.Out.WriteLine($"size: {checkpoint.Size}");
            environment.Out.WriteLine($"root: {AuditInput.Hex(checkpoint.RootHash)}");
            return AuditExitCodes.Holds;
        }));
        return command;
    }
}
