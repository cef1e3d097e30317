namespace Confidant.Redaction.Pseudonyms;

/// <summary>A pseudonym table export could not be read. Code <c>CONF-RED-020</c>; the message never holds values.</summary>
public sealed class PseudonymTableFormatException : Exception
{
    /// <summary>The stable error code.</summary>
    public const string ErrorCode = RedactionErrorCodes.PseudonymTableCorrupt;

    /// <summary>Creates the exception.</summary>
    public PseudonymTableFormatException()
        : base($"{ErrorCode}: the pseudonym table could not be read.")
    {
    }

    /// <summary>Creates the exception with what was wrong.</summary>
    public PseudonymTableFormatException(string message)
        : base($"{ErrorCode}: the pseudonym table could not be read: {message}.")
    {
    }

    /// <summary>Creates the exception with what was wrong and the cause.</summary>
    public PseudonymTableFormatException(string message, Exception innerException)
        : base($"{ErrorCode}: the pseudonym table could not be read: {message}.", innerException)
    {
    }
}
