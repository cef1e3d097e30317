using System.Text.Json;
using System.Text.Json.Serialization;

namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// The JSON of the connector contract: camelCase names, enums as camelCase strings, and answers held
/// to the records' nullability (a missing required field is an invalid answer, not a null).
/// </summary>
internal static class ConnectorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
