using System.CommandLine;
using Confidant.Audit;

namespace Confidant.Cli.Audit;

/// <summary>
/// The options of the audit subcommands that read the installation's ledger (<c>--data</c>,
/// <c>--postgres</c>, <c>--origin</c>), and how they run: the data folder's services, with
/// every failure reported as <c>CODE: message</c> and the audit exit codes.
/// </summary>
internal sealed class AuditDataOptions
{
    private readonly Option<DirectoryInfo> _data = DataFolderServices.CreateDataOption();
    private readonly Option<string?> _postgres = DataFolderServices.CreatePostgresOption();
    private readonly Option<string?> _origin = new("--origin")
    {
        Description = "The log's origin (Confidant:Audit:Origin); by default the origin of the stored checkpoints.",
    };

    /// <summary>Adds the options to <paramref name="command"/> and returns it.</summary>
    public Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_data);
        command.Options.Add(_postgres);
        command.Options.Add(_origin);
        return command;
    }

    /// <summary>The data source the options name.</summary>
    public DataSource SourceOf(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new DataSource(parseResult.GetValue(_data)!, parseResult.GetValue(_postgres));
    }

    /// <summary>True when <c>--data</c> or <c>--postgres</c> was given on the command line.</summary>
    public bool IsGiven(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetResult(_data) is { Implicit: false } || parseResult.GetResult(_postgres) is not null;
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the services of the data source; call it inside
    /// <see cref="AuditCommand.Run"/>, which reports what the action throws. A data folder that
    /// cannot be used, like malformed input, exits 2: nothing was checked, so "does not hold" (1)
    /// would mislead.
    /// </summary>
    public int Run(CliEnvironment environment, ParseResult parseResult, Func<IServiceProvider, Task<int>> action) =>
        DataFolderServices.Run(environment, SourceOf(parseResult), action, AuditExitCodes.Malformed, parseResult.GetValue(_origin));

    /// <summary>
    /// The options that point another command at <paramref name="source"/>, for the command lines
    /// the commands print. A PostgreSQL connection string may hold a password, so it is never
    /// printed: a placeholder stands in for it.
    /// </summary>
    public static string CommandLineFor(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var data = "--data " + ShellWord(source.Data.FullName);
        return source.Postgres is null ? data : data + " --postgres \"$CONFIDANT_POSTGRES\"";
    }

    /// <summary>A word for a POSIX shell: as it is when it is plain, otherwise in single quotes.</summary>
    public static string ShellWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or ',' or '+' or '=')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The exit code of a ledger error: an index or size beyond the log is malformed input; the rest are findings.</summary>
    public static int ExitCodeOf(AuditException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        // A commit whose outcome is unknown is the database failing, not a proof that does not hold.
        return exception.Code is AuditErrorCodes.OutOfRange or AuditErrorCodes.CommitOutcomeUnknown ? AuditExitCodes.Malformed : AuditExitCodes.DoesNotHold;
    }
}
