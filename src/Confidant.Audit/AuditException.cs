namespace Confidant.Audit;

/// <summary>A ledger failure with a stable <see cref="Code"/> (<see cref="AuditErrorCodes"/>); the message never holds a value.</summary>
public class AuditException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }
}
