using Confidant.Server.Chat.Bots;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confidant.Server.Chat;

/// <summary>Registers the chat.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>Adds the chat pipeline, its batched message writer, the built-in bot and the visitor cookie.</summary>
    public static IServiceCollection AddConfidantChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName);
        services.AddMetrics();
        services.AddDataProtection();
        services.TryAddSingleton<ChatMetrics>();
        services.TryAddSingleton<MessageWriteQueue>();
        services.TryAddSingleton<IChatBot, FaqBot>();
        services.TryAddSingleton<ChatService>();
        services.TryAddSingleton<VisitorCookie>();
        services.TryAddSingleton<LiveChatRateLimiter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ChatExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ChatJsonContext.Default));
        return services;
    }
}
