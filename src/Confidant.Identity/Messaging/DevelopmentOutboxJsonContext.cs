using System.Text.Json.Serialization;

namespace Confidant.Identity.Messaging;

/// <summary>The outbox's line format: camelCase names, enums as names, one object per line.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, WriteIndented = false)]
[JsonSerializable(typeof(DevelopmentOutboxEntry))]
internal sealed partial class DevelopmentOutboxJsonContext : JsonSerializerContext;
