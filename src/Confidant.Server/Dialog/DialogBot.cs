using Confidant.Dialog.Engine;
using Confidant.Server.Chat;
using Confidant.Server.Chat.Bots;

namespace Confidant.Server.Dialog;

/// <summary>The chat's bot: the dialog engine running the configured bot pack, its state saved sealed with the conversation.</summary>
internal sealed class DialogBot(DialogEngine engine) : IChatBot
{
    public string Greeting => engine.Greeting().Text;

    public async ValueTask<BotReply> ReplyAsync(BotInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = DialogState.FromBytes(input.State, engine.Pack.Id);
        var reply = await engine.HandleAsync(state, new DialogInput(input.Text, input.ClassesFound, input.Values, input.Context), cancellationToken).ConfigureAwait(false);
        return ToBot(reply, state);
    }

    public async ValueTask<BotReply> ResumeAsync(BotInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = DialogState.FromBytes(input.State, engine.Pack.Id);
        return ToBot(await engine.ResumeAsync(state, input.Context, cancellationToken).ConfigureAwait(false), state);
    }

    public async ValueTask<BotReply> CapturedAsync(BotInput input, string token, string lastFour, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = DialogState.FromBytes(input.State, engine.Pack.Id);
        return ToBot(await engine.CapturedAsync(state, token, lastFour, input.Context, cancellationToken).ConfigureAwait(false), state);
    }

    private static BotReply ToBot(DialogReply reply, DialogState state) =>
        new(reply.Text, reply.Capture is null ? null : new CaptureRequest(reply.Capture, "Card number"))
        {
            State = state.ToBytes(),
            StepUp = reply.StepUp,
            Handoff = reply.Handoff,
        };
}
