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
}
