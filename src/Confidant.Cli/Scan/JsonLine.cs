using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Confidant.Cli.Scan;

/// <summary>Writes one JSON value as a single line of text.</summary>
internal static class JsonLine
{
    /// <summary>
    /// Relaxed escaping keeps non-ASCII text readable. The output is JSON for a terminal or a file,
    /// never embedded in HTML, where the default escaping would matter.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializer options with the same escaping, for <c>JsonNode.ToJsonString</c>.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
