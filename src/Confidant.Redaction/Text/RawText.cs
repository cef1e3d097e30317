using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Confidant.Redaction.Text;

/// <summary>
/// Raw user text, plaintext only inside the request that received it. It cannot be logged
/// (<see cref="ToString"/> says <c>[withheld]</c>), cannot be serialised (System.Text.Json throws
/// CONF-RED-010) and has no property that returns the text. It leaves in two ways only: shaped for
/// a sink (<see cref="Shaping.IMessageProcessor"/>, <see cref="Shaping.IMessageShaper"/>) or read
/// as a span by <see cref="Open{TState, TResult}"/>, for sealing. <see cref="Dispose"/> zeroes the
/// buffer; call it when the request ends.
/// </summary>
[JsonConverter(typeof(RawTextJsonConverter))]
[DebuggerDisplay("[withheld]")]
public sealed class RawText : IDisposable
{
    /// <summary>What <see cref="ToString"/> returns.</summary>
    public const string Withheld = "[withheld]";

    // Pinned, so the garbage collector never leaves a copy of the text behind when it compacts.
    private readonly char[] _buffer;
    private bool _disposed;

    private RawText(ReadOnlySpan<char> text)
    {
        _buffer = GC.AllocateUninitializedArray<char>(text.Length, pinned: true);
        text.CopyTo(_buffer);
    }

    /// <summary>Copies <paramref name="text"/> into a new raw text; the caller may then clear its own copy.</summary>
    public static RawText Copy(ReadOnlySpan<char> text) => new(text);

    /// <summary>Number of UTF-16 chars.</summary>
    public int Length
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer.Length;
        }
    }

    /// <summary>True once <see cref="Dispose"/> has zeroed the text.</summary>
    public bool IsCleared => _disposed;

    /// <summary>
    /// Hands the text to <paramref name="reader"/> as a span, for sealing: the deliberate way to
    /// read it without materialising a string. Do not copy the span into a string.
    /// </summary>
    public TResult Open<TState, TResult>(TState state, RawTextReader<TState, TResult> reader)
        where TState : allows ref struct
    {
        ArgumentNullException.ThrowIfNull(reader);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return reader(_buffer, state);
    }

    /// <summary>The text, for shaping inside this assembly.</summary>
    internal ReadOnlySpan<char> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer;
        }
    }

    /// <summary>The text as memory, for the tokenizer call inside this assembly.</summary>
    internal ReadOnlyMemory<char> Memory
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer;
        }
    }

    /// <summary>Never the text.</summary>
    public override string ToString() => Withheld;

    /// <summary>Zeroes the buffer. Further reads throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(_buffer.AsSpan()));
            _disposed = true;
        }
    }
}
