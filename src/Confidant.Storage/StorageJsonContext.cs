using System.Text.Json.Serialization;

namespace Confidant.Storage;

/// <summary>Source-generated JSON for the small documents the database holds (findings summaries).</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(SortedDictionary<string, int>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
