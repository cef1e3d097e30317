namespace Confidant.Dialog.Understanding;

/// <summary>
/// An intent file or labelled evaluation set is wrong. The message reads
/// <c>bots/banking/intents.yaml:12: intents[3].examples: must be a list of strings</c>.
/// </summary>
public sealed class IntentFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of <see cref="IntentErrorCodes"/>.</param>
    /// <param name="filePath">The file, as the caller named it.</param>
    /// <param name="line">The 1-based line, or 0 when the error is about the whole file.</param>
    /// <param name="field">The field path (<c>intents[3].examples</c>), or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong, such as <c>must be a list of strings</c>.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public IntentFileException(string code, string filePath, int line, string? field, string problem, Exception? innerException = null)
        : base(Format(filePath, line, field, problem), innerException)
    {
        Code = code;
        FilePath = filePath;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception with no location (prefer the other constructor).</summary>
    public IntentFileException()
        : this(IntentErrorCodes.InvalidField, "", 0, null, "invalid intent data")
    {
    }

    /// <summary>Creates the exception with no location (prefer the other constructor).</summary>
    public IntentFileException(string message)
        : this(IntentErrorCodes.InvalidField, "", 0, null, message)
    {
    }

    /// <summary>Creates the exception with no location (prefer the other constructor).</summary>
    public IntentFileException(string message, Exception innerException)
        : this(IntentErrorCodes.InvalidField, "", 0, null, message, innerException)
    {
    }

    /// <summary>The stable error code, such as <c>CONF-INTENT-003</c>.</summary>
    public string Code { get; }

    /// <summary>The file, as the caller named it.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line, or 0 when the error is about the whole file.</summary>
    public int Line { get; }

    /// <summary>The field path, such as <c>intents[3].examples</c>, or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string filePath, int line, string? field, string problem)
    {
        var location = line > 0 ? $"{filePath}:{line}" : filePath;
        return field is null ? $"{location}: {problem}" : $"{location}: {field}: {problem}";
    }
}
