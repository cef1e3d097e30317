namespace Confidant.Protection;

/// <summary>
/// A protection operation failed for a reason the caller should report with <see cref="Code"/>.
/// Messages name what was wrong (a file, a key id, a record), never a key or a protected value.
/// </summary>
public sealed class ProtectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProtectionException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException) => Code = code;

    /// <summary>Creates the exception with no code (prefer the other constructor).</summary>
    public ProtectionException()
        : this("CONF-KEY-000", "Protection failed.")
    {
    }

    /// <summary>Creates the exception with no code (prefer the other constructor).</summary>
    public ProtectionException(string message)
        : this("CONF-KEY-000", message)
    {
    }

    /// <summary>Creates the exception with no code (prefer the other constructor).</summary>
    public ProtectionException(string message, Exception innerException)
        : this("CONF-KEY-000", message, innerException)
    {
    }

    /// <summary>The stable error code, such as <c>CONF-SEAL-004</c>.</summary>
    public string Code { get; }
}
