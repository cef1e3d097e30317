namespace Confidant.Server.Chat.Bots;

/// <summary>Answers a message, seeing only the bot's shaped view of it.</summary>
public interface IChatBot
{
    /// <summary>The first message of a conversation.</summary>
    string Greeting { get; }

    /// <summary>The reply to one message.</summary>
    ValueTask<BotReply> ReplyAsync(BotInput input, CancellationToken cancellationToken = default);

    /// <summary>The reply once the customer approved a step-up the bot asked for (<paramref name="input"/> has no text).</summary>
    ValueTask<BotReply> ResumeAsync(BotInput input, CancellationToken cancellationToken = default);

    /// <summary>The reply once a card arrived through the secure input, as a vault token and its last digits.</summary>
    ValueTask<BotReply> CapturedAsync(BotInput input, string token, string lastFour, CancellationToken cancellationToken = default);
}
