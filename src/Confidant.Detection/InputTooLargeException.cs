namespace Confidant.Detection;

/// <summary>
/// Thrown when a text is longer than <see cref="DetectionOptions.MaxInputLength"/>. The message
/// gives the sizes only, never the text. Error code <c>CONF-DET-001</c>.
/// </summary>
public sealed class InputTooLargeException : Exception
{
    /// <summary>The stable error code.</summary>
    public const string ErrorCode = "CONF-DET-001";

    /// <summary>Creates the exception for a text of <paramref name="length"/> chars.</summary>
    public InputTooLargeException(int length, int maxLength)
        : base($"{ErrorCode}: the text is {length} characters long; the detector accepts at most {maxLength}. Split it or use the streaming scanner.")
    {
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>Creates the exception.</summary>
    public InputTooLargeException()
        : base(ErrorCode)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Length of the rejected text.</summary>
    public int Length { get; }

    /// <summary>The configured maximum.</summary>
    public int MaxLength { get; }
}
