namespace Confidant.Redaction.Text;

/// <summary>Reads the chars of a <see cref="RawText"/> without copying them into a string.</summary>
/// <param name="text">The raw chars; valid only during the call.</param>
/// <param name="state">Caller state (a key, a destination buffer...).</param>
public delegate TResult RawTextReader<TState, TResult>(ReadOnlySpan<char> text, TState state)
    where TState : allows ref struct;
