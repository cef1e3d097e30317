using System.Buffers;

namespace Confidant.Redaction.Shaping;

/// <summary>A growable char buffer from the shared pool; cleared before it goes back, since it held message text.</summary>
internal ref struct CharBuilder
{
    private char[] _buffer;
    private int _length;

    public CharBuilder(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    public void Append(ReadOnlySpan<char> text) => text.CopyTo(AppendSpan(text.Length));

    public void Append(char c) => AppendSpan(1)[0] = c;

    public Span<char> AppendSpan(int length)
    {
        if (_length + length > _buffer.Length)
        {
            Grow(_length + length);
        }

        var span = _buffer.AsSpan(_length, length);
        _length += length;
        return span;
    }

    public void Shrink(int by) => _length -= by;

    /// <summary>Empties the builder, clearing what it held.</summary>
    public void Clear()
    {
        _buffer.AsSpan(0, _length).Clear();
        _length = 0;
    }

    public readonly ReadOnlySpan<char> AsSpan() => _buffer.AsSpan(0, _length);

    public override readonly string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            buffer.AsSpan(0, _length).Clear();
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        _buffer.AsSpan(0, _length).Clear();
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
