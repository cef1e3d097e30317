using System.CommandLine;
using Confidant.Cli.Eval;
using Confidant.Cli.Keys;
using Confidant.Cli.Scan;

namespace Confidant.Cli;

/// <summary>The command line: <c>confidant scan</c>, <c>confidant eval</c> and <c>confidant keys</c>.</summary>
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
        };
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        var exitCode = root.Parse(args).Invoke(configuration);
        environment.Out.Flush();
        environment.Error.Flush();
        return exitCode;
    }
}
