using System.CommandLine;
using Confidant.Audit;
using Confidant.Audit.Ledger;
using Confidant.Audit.Merkle;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit prove-inclusion --index N [--size S]</c>: the inclusion proof of entry N in
/// the tree of S entries (by default the latest signed checkpoint's size), with the entry's leaf
/// hash and the root, and the <c>verify-inclusion</c> command line that checks it without the
/// database.
/// </summary>
internal static class ProveInclusionCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var index = new Option<string?>("--index") { Description = "The entry's index, from 0." };
        var size = new Option<string?>("--size") { Description = "The tree size to prove it in (default: the latest signed checkpoint's)." };

        var command = data.AddTo(new Command("prove-inclusion", "Print the proof that an entry is in the log, and the command that checks it.") { index, size });
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var i = AuditInput.Count(p.GetValue(index), "--index");
            var given = p.GetValue(size) is { } text ? AuditInput.Count(text, "--size") : (long?)null;
            return data.Run(environment, p, async services =>
            {
                var ledger = services.GetRequiredService<AuditLedger>();
                var n = given ?? await LatestCheckpoint.SizeAsync(services, "--size").ConfigureAwait(false);
                var proof = await ledger.GetInclusionProofAsync(i, n).ConfigureAwait(false);
                var root = await ledger.GetRootHashAsync(n).ConfigureAwait(false);
                byte[]? entry = null;
                await foreach (var stored in ledger.ReadEntriesAsync(i, 1).ConfigureAwait(false))
                {
                    entry = stored.Entry;
                }

                // Recomputed from the entry's bytes, as an auditor with the exported entry would,
                // rather than the hash stored beside it.
                var leaf = MerkleHash.HashLeaf(entry ?? throw new AuditException(AuditErrorCodes.Inconsistent, $"entry {i} is missing although the log has {n} entries."));
                var output = environment.Out;
                await output.WriteLineAsync($"index: {i}").ConfigureAwait(false);
                await output.WriteLineAsync($"size: {n}").ConfigureAwait(false);
                await output.WriteLineAsync($"leaf-hash: {AuditInput.Hex(leaf)}").ConfigureAwait(false);
                await output.WriteLineAsync($"root: {AuditInput.Hex(root)}").ConfigureAwait(false);
                await output.WriteLineAsync($"proof: {AuditInput.ProofHex(proof)}").ConfigureAwait(false);
                await output.WriteLineAsync($"verify: confidant audit verify-inclusion --leaf-hash {AuditInput.Hex(leaf)} --index {i} --size {n}{ProofOption(proof)} --root {AuditInput.Hex(root)}").ConfigureAwait(false);
                return AuditExitCodes.Holds;
            });
        }));
        return command;
    }

    /// <summary>The <c>--proof</c> option as printed; left out for the empty proof, which is what leaving it out means.</summary>
    internal static string ProofOption(byte[] proof) => proof.Length == 0 ? "" : " --proof " + AuditInput.ProofHex(proof);
}
