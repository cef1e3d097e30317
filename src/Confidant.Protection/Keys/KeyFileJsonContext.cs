using System.Text.Json.Serialization;

namespace Confidant.Protection.Keys;

/// <summary>Source-generated JSON for the local key file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalKeyFileProvider.KeyFile))]
internal sealed partial class KeyFileJsonContext : JsonSerializerContext;
