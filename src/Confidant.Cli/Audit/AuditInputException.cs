namespace Confidant.Cli.Audit;

/// <summary>Malformed input to an audit command; reported as <c>CODE: message</c> with exit code 2.</summary>
internal sealed class AuditInputException(string code, string message) : Exception(message)
{
    /// <summary>The stable error code.</summary>
    public string Code { get; } = code;
}
