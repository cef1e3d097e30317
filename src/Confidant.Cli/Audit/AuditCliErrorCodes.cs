namespace Confidant.Cli.Audit;

/// <summary>Codes of the audit commands' own input errors; the proof and checkpoint codes are Audit's (CONF-AUD-1xx).</summary>
internal static class AuditCliErrorCodes
{
    /// <summary>A required option is missing.</summary>
    public const string MissingOption = "CONF-CLI-100";

    /// <summary>A file cannot be read.</summary>
    public const string FileUnreadable = "CONF-CLI-101";

    /// <summary>The command line does not parse (an unknown option, a missing value or argument).</summary>
    public const string CommandLine = "CONF-CLI-102";

    /// <summary>A line of an exported entries file is not an export line (the message names the file and line).</summary>
    public const string ExportLineMalformed = "CONF-CLI-103";

    /// <summary>An option's value is outside the range it allows (such as <c>--count</c> above 1,000).</summary>
    public const string OptionOutOfRange = "CONF-CLI-104";

    /// <summary>A file or folder cannot be written.</summary>
    public const string FileUnwritable = "CONF-CLI-105";

    /// <summary>Two checkpoints signed by the log's key commit to different roots for the same size: the log forked.</summary>
    public const string CheckpointFork = "CONF-CLI-107";

    /// <summary>The entries do not match the signed checkpoints (the message names the kind and the entry).</summary>
    public const string LogDoesNotMatch = "CONF-CLI-110";
}
