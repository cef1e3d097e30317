namespace Confidant.Audit;

/// <summary>An audit event or entry that breaks the format rules.</summary>
public sealed class AuditFormatException : AuditException
{
    /// <summary>Creates the exception.</summary>
    public AuditFormatException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
