using System.CommandLine;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit verify-consistency</c>: checks that the tree of size2 entries extends the
/// tree of size1 entries (the log only appended), given the consistency proof and both roots.
/// </summary>
internal static class VerifyConsistencyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var size1 = new Option<string?>("--size1") { Description = "The older tree's size." };
        var size2 = new Option<string?>("--size2") { Description = "The newer tree's size." };
        var root1 = new Option<string?>("--root1") { Description = "The older tree's root hash, 64 hex digits." };
        var root2 = new Option<string?>("--root2") { Description = "The newer tree's root hash, 64 hex digits." };
        var proof = new Option<string?>("--proof") { Description = "The proof hashes, comma-separated hex (empty when size1 = size2 or size1 = 0).", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("verify-consistency", "Check that a newer tree extends an older one (nothing was changed or removed).") { size1, size2, root1, root2, proof };
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var m = AuditInput.Count(p.GetValue(size1), "--size1");
            var n = AuditInput.Count(p.GetValue(size2), "--size2");
            var first = AuditInput.Hash(p.GetValue(root1), "--root1");
            var second = AuditInput.Hash(p.GetValue(root2), "--root2");
            var path = AuditInput.Proof(p.GetValue(proof), "--proof");
            if (m > n)
            {
                throw new AuditInputException(ProofErrorCodes.SizesOutOfOrder, $"--size1 {m} is larger than --size2 {n}; a log only grows, so give the older tree first.");
            }

            if (m > 0 && m < n && path.Length == 0)
            {
                throw new AuditInputException(ProofErrorCodes.ProofRequired, $"--proof is empty, but proving a tree of {n} entries extends one of {m} needs at least one proof hash.");
            }

            if (!MerkleVerifier.VerifyConsistency(m, n, first, second, path))
            {
                return AuditCommand.DoesNotHold(environment, ProofErrorCodes.ConsistencyDoesNotHold, $"the proof does not show the tree of {n} entries with root {AuditInput.Hex(second)} extends the tree of {m} entries with root {AuditInput.Hex(first)}.");
            }

            environment.Out.WriteLine($"ok: the tree of {n} entries with root {AuditInput.Hex(second)} extends the tree of {m} entries with root {AuditInput.Hex(first)}");
            return AuditExitCodes.Holds;
        }));
        return command;
    }
}
