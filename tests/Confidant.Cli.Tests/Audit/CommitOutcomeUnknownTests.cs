using Confidant.Audit;
using Confidant.Cli.Audit;

namespace Confidant.Cli.Tests.Audit;

/// <summary>
/// A ledger commit whose outcome is unknown (CONF-AUD-158, a connection dropped before the
/// acknowledgement) is the database failing: commands report it as such, never as a proof that
/// does not hold and never with a stack trace.
/// </summary>
public sealed class CommitOutcomeUnknownTests : IDisposable
{
    private readonly AuditDataFolder _folder = new();

    [Fact]
    public async Task ADatabaseCommand_ReportsItAsTheDatabaseFailing_WithItsUnusableExitCode()
    {
        await _folder.AppendAsync(1, checkpoint: false);
        var error = new StringWriter();
        var environment = new CliEnvironment { In = TextReader.Null, Out = TextWriter.Null, Error = error, ErrorIsTerminal = false };

        var exitCode = DataFolderServices.Run(
            environment,
            new DataSource(new DirectoryInfo(_folder.Folder), null),
            _ => throw new AuditException(AuditErrorCodes.CommitOutcomeUnknown, "the ledger's commit was sent but not acknowledged.", new IOException("the connection dropped")),
            unusableExitCode: 7);

        Assert.Equal(7, exitCode);
        Assert.StartsWith("CONF-CLI-003", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("may or may not be stored", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuditCommand_ExitsAsForUnusableInput_NotAsForAProofThatDoesNotHold()
    {
        var exception = new AuditException(AuditErrorCodes.CommitOutcomeUnknown, "the ledger's commit was sent but not acknowledged.");

        Assert.Equal(AuditExitCodes.Malformed, AuditDataOptions.ExitCodeOf(exception));
    }

    public void Dispose() => _folder.Dispose();
}
