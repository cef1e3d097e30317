using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Confidant.Dialog.Backends;

/// <summary>
/// Deterministic synthetic numbers for the demo backends: SHA-256 of a purpose and a value (a
/// customer reference, a slot id), then SHA-256 of that and a counter for each number drawn. The same
/// customer gets the same data on every run and every machine; two customers get different data.
/// (<see cref="Random"/> with a seed is not used: its sequence is not promised across .NET versions.)
/// </summary>
internal readonly struct DemoSeed
{
    private readonly byte[] _key;

    public DemoSeed(string purpose, string value)
    {
        _key = SHA256.HashData(Encoding.UTF8.GetBytes($"confidant-demo/v1\n{purpose}\n{value}"));
    }

    /// <summary>The <paramref name="index"/>-th number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int index, int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, minInclusive);
        var range = (ulong)((long)maxExclusive - minInclusive);
        return (int)(minInclusive + (long)(Draw(index) % range));
    }

    /// <summary>An amount in [<paramref name="min"/>, <paramref name="max"/>) with two decimals.</summary>
    public decimal Amount(int index, decimal min, decimal max) =>
        min + (Next(index, 0, (int)((max - min) * 100)) / 100m);

    /// <summary><paramref name="count"/> decimal digits.</summary>
    public string Digits(int index, int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append((char)('0' + Next((index * 64) + i, 0, 10)));
        }

        return builder.ToString();
    }

    /// <summary>A demo reference such as <c>DEMO-TRF-7F3A9C21</c>, fixed for a purpose and a value.</summary>
    public static string Reference(string kind, string purpose, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"DEMO-{kind}-{new DemoSeed(purpose, value).Draw(0) & 0xFFFFFFFF:X8}");

    private ulong Draw(int index)
    {
        Span<byte> input = stackalloc byte[36];
        _key.CopyTo(input);
        BinaryPrimitives.WriteInt32LittleEndian(input[32..], index);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
