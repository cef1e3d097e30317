using System.Reflection;
using System.Text.Json;
using Confidant.Redaction.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Confidant.Redaction.Tests.Text;

public class RawTextTests
{
    private const string Secret = "my card is 4111 1111 1111 1111";

    [Fact]
    public void ToString_SaysWithheld()
    {
        using var raw = RawText.Copy(Secret);
        Assert.Equal("[withheld]", raw.ToString());
    }

    [Fact]
    public void StringInterpolation_ShowsWithheld_NotTheText()
    {
        using var raw = RawText.Copy(Secret);
        var text = $"message: {raw} ({raw,40})";
        Assert.DoesNotContain("4111", text, StringComparison.Ordinal);
        Assert.Contains("[withheld]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSerialize_Throws_WithStableCode()
    {
        using var raw = RawText.Copy(Secret);
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(raw));
        Assert.StartsWith("CONF-RED-010", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSerialize_InsideAnObject_Throws()
    {
        using var raw = RawText.Copy(Secret);
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new { Message = raw }));
        Assert.Contains("CONF-RED-010", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonDeserialize_Throws()
    {
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<RawText>("\"hello\""));
        Assert.Contains("CONF-RED-010", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicSurface_HasNoMemberReturningTheText()
    {
        var members = typeof(RawText).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        var leaking = members.OfType<PropertyInfo>().Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(char[])
                || p.PropertyType == typeof(ReadOnlyMemory<char>) || p.PropertyType == typeof(Memory<char>))
            .Select(p => p.Name)
            .Concat(members.OfType<MethodInfo>().Where(m => m.ReturnType == typeof(string) && m.Name != nameof(ToString)).Select(m => m.Name))
            .ToList();
        Assert.Empty(leaking);
    }

    [Fact]
    public void Open_HandsTheCharsAsASpan()
    {
        using var raw = RawText.Copy(Secret);
        var digits = raw.Open(0, static (text, _) => text.Count('1'));
        Assert.Equal(Secret.Count(c => c == '1'), digits);
    }

    [Fact]
    public void Open_PassesTheState()
    {
        using var raw = RawText.Copy("abc");
        Span<char> destination = stackalloc char[3];
        var copied = raw.Open(new Destination(destination), static (text, state) =>
        {
            text.CopyTo(state.Chars);
            return text.Length;
        });
        Assert.Equal(3, copied);
        Assert.Equal("abc", destination.ToString());
    }

    [Fact]
    public void Dispose_ZeroesTheBuffer_AndLaterReadsThrow()
    {
        var raw = RawText.Copy(Secret);
        var buffer = (char[])typeof(RawText).GetField("_buffer", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(raw)!;
        raw.Dispose();
        Assert.True(raw.IsCleared);
        Assert.All(buffer, c => Assert.Equal('\0', c));
        Assert.Throws<ObjectDisposedException>(() => raw.Open(0, static (text, _) => text.Length));
        Assert.Throws<ObjectDisposedException>(() => raw.Length);
    }

    [Fact]
    public void Logging_ARawTextArgument_WritesWithheld()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(collector)));
        var logger = factory.CreateLogger("test");
        using var raw = RawText.Copy(Secret);
#pragma warning disable CA1848, CA2254 // a careless call, on purpose
        logger.LogWarning("customer wrote {Message}", raw);
#pragma warning restore CA1848, CA2254
        var record = Assert.Single(collector.GetSnapshot());
        Assert.DoesNotContain("4111", record.Message, StringComparison.Ordinal);
        Assert.Contains("[withheld]", record.Message, StringComparison.Ordinal);
    }

    private readonly ref struct Destination(Span<char> chars)
    {
        public Span<char> Chars { get; } = chars;
    }
}
