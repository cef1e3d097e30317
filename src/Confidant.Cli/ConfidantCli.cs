using System.CommandLine;
using Confidant.Cli.Audit;
using Confidant.Cli.Eval;
using Confidant.Cli.Keys;
using Confidant.Cli.Scan;

namespace Confidant.Cli;

/// <summary>The command line: <c>confidant scan</c>, <c>confidant eval</c>, <c>confidant keys</c> and <c>confidant audit</c>.</summary>
internal static class ConfidantCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("Confidant: find and redact sensitive values in chat text.")
        {
            ScanCommand.Create(environment),
            EvalCommand.Create(environment),
            KeysCommand.Create(environment),
            Users.UsersCommand.Create(environment),
            AuditCommand.Create(
                environment,
                VerifyCommand.Create(environment),
                ExportCommand.Create(environment),
                CheckpointCommand.Create(environment),
                PublicKeyCommand.Create(environment),
                ProveInclusionCommand.Create(environment),
                ProveConsistencyCommand.Create(environment),
                ListCommand.Create(environment)),
            Serve.ServeCommand.Create(environment),
        };
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        var parseResult = root.Parse(args);
        var exitCode = parseResult.Errors.Count > 0 && AuditCommand.Owns(parseResult)
            ? AuditCommand.ReportParseErrors(parseResult, environment)
            : parseResult.Invoke(configuration);
        environment.Out.Flush();
        environment.Error.Flush();
        return exitCode;
    }
}
