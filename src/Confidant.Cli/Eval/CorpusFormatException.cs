namespace Confidant.Cli.Eval;

/// <summary>A corpus line or record that cannot be read; the message names the line, never its text.</summary>
internal sealed class CorpusFormatException : Exception
{
    public CorpusFormatException()
    {
    }

    public CorpusFormatException(string message)
        : base(message)
    {
    }

    public CorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
