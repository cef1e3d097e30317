using System.CommandLine;
using Confidant.Audit.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit prove-consistency --size1 M [--size2 N]</c>: the proof that the tree of N
/// entries (by default the latest signed checkpoint's size) extends the tree of M, with both
/// roots and the <c>verify-consistency</c> command line that checks it without the database.
/// </summary>
internal static class ProveConsistencyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var size1 = new Option<string?>("--size1") { Description = "The older tree's size (such as the size of a checkpoint the auditor kept)." };
        var size2 = new Option<string?>("--size2") { Description = "The newer tree's size (default: the latest signed checkpoint's)." };

        var command = data.AddTo(new Command("prove-consistency", "Print the proof that the log only grew between two sizes, and the command that checks it.") { size1, size2 });
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var m = AuditInput.Count(p.GetValue(size1), "--size1");
            var given = p.GetValue(size2) is { } text ? AuditInput.Count(text, "--size2") : (long?)null;
            return data.Run(environment, p, async services =>
            {
                var ledger = services.GetRequiredService<AuditLedger>();
                var n = given ?? await LatestCheckpoint.SizeAsync(services, "--size2").ConfigureAwait(false);
                var proof = await ledger.GetConsistencyProofAsync(m, n).ConfigureAwait(false);
                var root1 = AuditInput.Hex(await ledger.GetRootHashAsync(m).ConfigureAwait(false));
                var root2 = AuditInput.Hex(await ledger.GetRootHashAsync(n).ConfigureAwait(false));
                var output = environment.Out;
                await output.WriteLineAsync($"size1: {m}").ConfigureAwait(false);
                await output.WriteLineAsync($"size2: {n}").ConfigureAwait(false);
                await output.WriteLineAsync($"root1: {root1}").ConfigureAwait(false);
                await output.WriteLineAsync($"root2: {root2}").ConfigureAwait(false);
                await output.WriteLineAsync($"proof: {AuditInput.ProofHex(proof)}").ConfigureAwait(false);
                await output.WriteLineAsync($"verify: confidant audit verify-consistency --size1 {m} --size2 {n} --root1 {root1} --root2 {root2}{ProveInclusionCommand.ProofOption(proof)}").ConfigureAwait(false);
                return AuditExitCodes.Holds;
            });
        }));
        return command;
    }
}
