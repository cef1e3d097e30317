using System.Text.Json;
using System.Text.Json.Serialization;

namespace Confidant.Dialog.Engine;

/// <summary>
/// What the engine keeps between messages: the flow in progress, the slot it asked for, the filled
/// slots (declared slots only; nothing else the customer typed), a confirmation or step-up it waits
/// for. The host seals it with the conversation.
/// </summary>
public sealed class DialogState
{
    /// <summary>The bot.</summary>
    public string Bot { get; set; } = string.Empty;

    /// <summary>The flow in progress (its intent), if any.</summary>
    public string? Flow { get; set; }

    /// <summary>The slot asked for last.</summary>
    public string? Asking { get; set; }

    /// <summary>Whether the flow waits for a yes or no to its confirmation.</summary>
    public bool Confirming { get; set; }

    /// <summary>The step-up challenge the flow waits for.</summary>
    public Guid? Challenge { get; set; }

    /// <summary>The customer reference the flow started with; the flow ends if someone else continues it.</summary>
    public string? Customer { get; set; }

    /// <summary>The flow's run id (idempotency key of its action).</summary>
    public string? Run { get; set; }

    /// <summary>The filled slots.</summary>
    public Dictionary<string, SlotValue> Slots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether the conversation went to a human agent.</summary>
    public bool HandedOff { get; set; }

    /// <summary>Ends the flow in progress and forgets its slots.</summary>
    public void EndFlow()
    {
        Flow = null;
        Asking = null;
        Confirming = false;
        Challenge = null;
        Run = null;
        Customer = null;
        Slots.Clear();
    }

    /// <summary>The state as JSON bytes (for the host to seal).</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, DialogJsonContext.Default.DialogState);

    /// <summary>Reads a state; a state that cannot be read gives a fresh one for <paramref name="bot"/>.</summary>
    public static DialogState FromBytes(ReadOnlySpan<byte> bytes, string bot)
    {
        if (bytes.IsEmpty)
        {
            return new DialogState { Bot = bot };
        }

        try
        {
            var state = JsonSerializer.Deserialize(bytes, DialogJsonContext.Default.DialogState);
            return state is not null && state.Bot == bot ? state : new DialogState { Bot = bot };
        }
        catch (JsonException)
        {
            return new DialogState { Bot = bot };
        }
    }
}

/// <summary>Source-generated JSON for the state.</summary>
[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
