using System.Security.Cryptography;

namespace Confidant.Protection.Sealing;

/// <summary>
/// Random bytes for nonces and tokens, drawn from the OS CSPRNG a few kilobytes at a time per
/// thread. A call to the CSPRNG costs about as much as sealing a kilobyte, so drawing 12 bytes per
/// call would double the cost of a seal; the bytes are the same CSPRNG output either way.
/// </summary>
internal static class RandomBytes
{
    private const int BufferSize = 4096;

    [ThreadStatic]
    private static byte[]? t_buffer;

    [ThreadStatic]
    private static int t_offset;

    public static void Fill(Span<byte> destination)
    {
        if (destination.Length > BufferSize / 4)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }

        var buffer = t_buffer ??= new byte[BufferSize];
        if (t_offset == 0 || t_offset + destination.Length > BufferSize)
        {
            RandomNumberGenerator.Fill(buffer);
            t_offset = 0;
        }

        var source = buffer.AsSpan(t_offset, destination.Length);
        source.CopyTo(destination);
        source.Clear(); // never hand out the same bytes twice
        t_offset += destination.Length;
        if (t_offset >= BufferSize)
        {
            t_offset = 0;
        }
    }
}
