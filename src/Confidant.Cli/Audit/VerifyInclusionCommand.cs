using System.CommandLine;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit verify-inclusion</c>: checks that a leaf hash is entry N of a tree, given
/// the inclusion proof and the tree's size and root (from a verified checkpoint).
/// </summary>
internal static class VerifyInclusionCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var leafHash = new Option<string?>("--leaf-hash") { Description = "The entry's leaf hash, SHA-256(0x00 ‖ entry), 64 hex digits." };
        var index = new Option<string?>("--index") { Description = "The entry's index, from 0." };
        var size = new Option<string?>("--size") { Description = "The tree size the proof is for." };
        var proof = new Option<string?>("--proof") { Description = "The proof hashes, nearest the leaf first, comma-separated hex (empty for a tree of one entry).", Arity = ArgumentArity.ZeroOrOne };
        var root = new Option<string?>("--root") { Description = "The tree's root hash, 64 hex digits." };

        var command = new Command("verify-inclusion", "Check that an entry is in the tree of a given size and root.") { leafHash, index, size, proof, root };
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var leaf = AuditInput.Hash(p.GetValue(leafHash), "--leaf-hash");
            var i = AuditInput.Count(p.GetValue(index), "--index");
            var n = AuditInput.Count(p.GetValue(size), "--size");
            var path = AuditInput.Proof(p.GetValue(proof), "--proof");
            var rootHash = AuditInput.Hash(p.GetValue(root), "--root");
            if (i >= n)
            {
                throw new AuditInputException(ProofErrorCodes.IndexOutOfRange, $"--index {i} is not in a tree of {n} entries (indexes run from 0 to size - 1).");
            }

            if (n > 1 && path.Length == 0)
            {
                throw new AuditInputException(ProofErrorCodes.ProofRequired, $"--proof is empty, but an entry of a tree of {n} entries needs at least one proof hash.");
            }

            if (!MerkleVerifier.VerifyInclusion(leaf, i, n, path, rootHash))
            {
                return AuditCommand.DoesNotHold(environment, ProofErrorCodes.InclusionDoesNotHold, $"the proof does not show entry {i} in the tree of {n} entries with root {AuditInput.Hex(rootHash)}.");
            }

            environment.Out.WriteLine($"ok: entry {i} is in the tree of {n} entries with root {AuditInput.Hex(rootHash)}");
            return AuditExitCodes.Holds;
        }));
        return command;
    }
}
