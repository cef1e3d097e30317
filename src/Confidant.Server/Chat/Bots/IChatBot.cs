namespace Confidant.Server.Chat.Bots;

/// <summary>Answers a message, seeing only the bot's shaped view of it.</summary>
public interface IChatBot
{
    /// <summary>The reply to one message.</summary>
    ValueTask<BotReply> ReplyAsync(BotInput input, CancellationToken cancellationToken = default);
}
