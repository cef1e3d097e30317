using System.CommandLine;
using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Confidant.Audit.Merkle;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit</c>: the stateless verifiers an auditor runs with nothing but proofs,
/// hashes, a checkpoint file and the log's verifier key (<c>verify-inclusion</c>,
/// <c>verify-consistency</c>, <c>verify-checkpoint</c>), plus the subcommands passed in by their
/// own files (<c>verify</c>, <c>export</c>, <c>checkpoint</c>, <c>public-key</c>,
/// <c>prove-inclusion</c>, <c>prove-consistency</c>, <c>list</c>), which read the database.
/// </summary>
internal static class AuditCommand
{
    public const string Name = "audit";

    /// <summary>The <c>audit</c> command with the stateless verifiers and <paramref name="more"/> subcommands.</summary>
    public static Command Create(CliEnvironment environment, params Command[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var command = new Command(Name, "The audit log: verify it, export it, sign and print checkpoints, prove entries, list events.");
        foreach (var subcommand in StatelessCommands(environment).Concat(more))
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>The subcommands that need no database: what an auditor runs on exported material.</summary>
    public static IEnumerable<Command> StatelessCommands(CliEnvironment environment) =>
    [
        VerifyInclusionCommand.Create(environment),
        VerifyConsistencyCommand.Create(environment),
        VerifyCheckpointCommand.Create(environment),
    ];

    /// <summary>True when the parsed command is <c>audit</c> or one of its subcommands.</summary>
    public static bool Owns(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command.Name == Name && result.Parent is System.CommandLine.Parsing.CommandResult { Command: RootCommand })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports command-line errors of an audit command with a code and exit code 2, the audit
    /// commands' exit code for malformed input (the parser's default would be 1, which here
    /// means "the proof does not hold").
    /// </summary>
    public static int ReportParseErrors(ParseResult parseResult, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var error in parseResult.Errors)
        {
            environment.Error.WriteLine($"{AuditCliErrorCodes.CommandLine}: {error.Message}");
        }

        environment.Error.WriteLine($"Run 'confidant {string.Join(' ', CommandPath(parseResult))} --help' for usage.");
        return AuditExitCodes.Malformed;
    }

    /// <summary>
    /// Runs a verifier and turns malformed input into <c>CODE: message</c> on standard error
    /// with exit code 2: a user never sees an exception trace.
    /// </summary>
    public static int Run(CliEnvironment environment, Func<int> verify)
    {
        try
        {
            return verify();
        }
        catch (AuditInputException ex)
        {
            return Malformed(environment, ex.Code, ex.Message);
        }
        catch (CheckpointException ex)
        {
            return Malformed(environment, ex.Code, ex.Reason);
        }
        catch (AuditException ex)
        {
            // The ledger's own errors carry their code in the message already.
            environment.Error.WriteLine(ex.Message);
            return AuditDataOptions.ExitCodeOf(ex);
        }
        catch (ArgumentException ex)
        {
            // The Merkle library's own checks; the commands check first, so this is a backstop.
            return Malformed(environment, ProofErrorCodes.MalformedInput, ex.Message);
        }
    }

    /// <summary>Writes a failed check to standard error and returns exit code 1.</summary>
    public static int DoesNotHold(CliEnvironment environment, string code, string message)
    {
        environment.Error.WriteLine($"{code}: {message}");
        return AuditExitCodes.DoesNotHold;
    }

    private static int Malformed(CliEnvironment environment, string code, string message)
    {
        environment.Error.WriteLine($"{code}: {message}");
        return AuditExitCodes.Malformed;
    }

    private static Stack<string> CommandPath(ParseResult parseResult)
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
