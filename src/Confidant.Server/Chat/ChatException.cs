namespace Confidant.Server.Chat;

/// <summary>A chat request that cannot be served, with a stable code and an HTTP status; the message never holds customer text.</summary>
public sealed class ChatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatException(string code, int statusCode, string message)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; }
}
