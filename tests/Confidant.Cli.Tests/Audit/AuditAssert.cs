namespace Confidant.Cli.Tests.Audit;

internal static class AuditAssert
{
    /// <summary>Exit code 0 and one "ok:" line.</summary>
    public static void Holds(CliResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        Assert.StartsWith("ok: ", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    /// <summary>The exit code and the error code at the start of standard error, with no exception trace.</summary>
    public static void Fails(CliResult result, int exitCode, string code)
    {
        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode} (expected {exitCode}): {result.Error}");
        Assert.StartsWith(code + ": ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
