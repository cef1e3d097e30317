using System.Text.Json;
using System.Text.Json.Serialization;

namespace Confidant.Redaction.Text;

/// <summary>Refuses to write or read <see cref="RawText"/>: raw text leaves a request sealed or shaped, never serialised.</summary>
internal sealed class RawTextJsonConverter : JsonConverter<RawText>
{
    internal const string Message =
        RedactionErrorCodes.RawTextNotSerializable + ": RawText holds raw user text and cannot be serialised. Shape it for a sink or seal it.";

    public override RawText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(Message);

    public override void Write(Utf8JsonWriter writer, RawText value, JsonSerializerOptions options) =>
        throw new NotSupportedException(Message);
}
