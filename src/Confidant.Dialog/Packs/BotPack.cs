using Confidant.Dialog.Understanding;

namespace Confidant.Dialog.Packs;

/// <summary>A bot as its pack folder declares it (<c>bot.yaml</c> and <c>intents.yaml</c>).</summary>
public sealed record BotPack
{
    /// <summary>The bot id (the folder name).</summary>
    public required string Id { get; init; }

    /// <summary>Its name, as the chat shows it.</summary>
    public required string Name { get; init; }

    /// <summary>The first message of a conversation.</summary>
    public required string Greeting { get; init; }

    /// <summary>What it says when it does not understand; <c>{capabilities}</c> lists what it can do.</summary>
    public required string Fallback { get; init; }

    /// <summary>The sign-in reply when the pack gives none.</summary>
    public const string DefaultSignInReply = "Please sign in first (use the Sign in link at the top), then ask me again.";

    /// <summary>What it says when a flow needs a signed-in customer.</summary>
    public string SignInReply { get; init; } = DefaultSignInReply;

    /// <summary>The intents.</summary>
    public required IReadOnlyList<IntentDefinition> Intents { get; init; }

    /// <summary>The slots, by id.</summary>
    public required IReadOnlyDictionary<string, SlotDefinition> Slots { get; init; }

    /// <summary>The flows, by intent id.</summary>
    public required IReadOnlyDictionary<string, FlowDefinition> Flows { get; init; }

    /// <summary>The folder it was loaded from.</summary>
    public required string Folder { get; init; }
}
