using System.Text.Json;
using System.Text.Json.Serialization;

namespace Confidant.Server.Chat;

/// <summary>Source-generated JSON for the chat's contracts (camelCase, as the JSON API).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ChatTurn))]
[JsonSerializable(typeof(ChatError))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(CaptureValueRequest))]
[JsonSerializable(typeof(ConversationStarted))]
[JsonSerializable(typeof(IReadOnlyList<ChatMessageView>))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;
