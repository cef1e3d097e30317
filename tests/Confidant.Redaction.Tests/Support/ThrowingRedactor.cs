using Microsoft.Extensions.Compliance.Redaction;

namespace Confidant.Redaction.Tests.Support;

/// <summary>A hasher that fails, as a broken key provider would.</summary>
internal sealed class ThrowingRedactor : Redactor
{
    public int Calls { get; private set; }

    public override int GetRedactedLength(ReadOnlySpan<char> input) => 16;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        Calls++;
        throw new InvalidOperationException("hasher unavailable");
    }
}
