namespace Confidant.Cli.Audit;

/// <summary>Exit codes of the <c>confidant audit</c> commands, so scripts can tell a failed proof from a typo.</summary>
internal static class AuditExitCodes
{
    /// <summary>The proof or checkpoint holds.</summary>
    public const int Holds = 0;

    /// <summary>The input is well formed but the proof or signature does not hold.</summary>
    public const int DoesNotHold = 1;

    /// <summary>The input is malformed (a missing option, a hash of the wrong length, an unreadable file).</summary>
    public const int Malformed = 2;
}
