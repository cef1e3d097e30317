using Confidant.Protection;
using Confidant.Storage;

namespace Confidant.Server.Chat;

/// <summary>
/// The answer for a failure while serving a chat request, the same over the JSON API and the
/// WebSocket: a status, a stable code and a sentence that never holds what the customer typed.
/// </summary>
internal static class ChatErrors
{
    public static (int Status, string Code, string Detail) Classify(Exception exception) => exception switch
    {
        ChatException chat => (chat.StatusCode, chat.Code, chat.Message),
        StorageException { Code: StorageErrorCodes.ConversationNotFound } =>
            (StatusCodes.Status404NotFound, ChatErrorCodes.ConversationNotFound, "there is no such conversation for you."),
        ProtectionException { Code: ProtectionErrorCodes.ScopeErased } =>
            (StatusCodes.Status410Gone, ChatErrorCodes.Erased, "your data was erased at your request; start a new chat."),
        _ => (StatusCodes.Status500InternalServerError, ChatErrorCodes.Internal, "something went wrong on our side; nothing you sent was shown to anyone. Please try again."),
    };
}
