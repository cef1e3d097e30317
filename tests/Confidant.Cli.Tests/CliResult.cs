namespace Confidant.Cli.Tests;

/// <summary>What a command run in process returned and wrote.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The output lines, without the final empty one.</summary>
    public string[] Lines => Output.Length == 0 ? [] : Output.TrimEnd('\n').Split('\n');
}
