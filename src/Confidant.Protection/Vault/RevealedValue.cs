using System.Security.Cryptography;
using System.Text;

namespace Confidant.Protection.Vault;

/// <summary>
/// A value revealed from the vault. It does not print (<see cref="ToString"/> says <c>[withheld]</c>);
/// read it with <see cref="Span"/> and dispose it to clear the buffer.
/// </summary>
public sealed class RevealedValue : IDisposable
{
    private readonly char[] _chars;
    private int _length;

    internal RevealedValue(ReadOnlySpan<byte> utf8)
    {
        _chars = GC.AllocateArray<char>(Encoding.UTF8.GetCharCount(utf8), pinned: true);
        _length = Encoding.UTF8.GetChars(utf8, _chars);
    }

    /// <summary>The value; empty once disposed.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    /// <summary>Never prints the value.</summary>
    public override string ToString() => "[withheld]";

    /// <summary>Clears the value.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_chars.AsSpan()));
        _length = 0;
    }
}
