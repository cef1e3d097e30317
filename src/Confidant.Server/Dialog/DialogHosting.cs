using Confidant.Dialog.Backends;
using Confidant.Dialog.Bots;
using Confidant.Dialog.Engine;
using Confidant.Dialog.Packs;
using Confidant.Server.Chat.Bots;

namespace Confidant.Server.Dialog;

/// <summary>
/// The dialog engine in the server: the bot pack named by <c>Confidant:Dialog:Bot</c> (loaded and
/// checked at start-up: a broken pack stops the server with every mistake listed), its action
/// handlers, the backends (in-process demo unless <c>Confidant:Backends:&lt;bot&gt;</c> names a
/// real one) and step-up as the action gate. <c>Bot = faq</c> keeps the keyword FAQ bot.
/// </summary>
internal static class DialogHosting
{
    public static WebApplicationBuilder AddConfidantDialog(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DialogOptions.SectionName).Get<DialogOptions>() ?? new DialogOptions();
        if (string.Equals(options.Bot, "faq", StringComparison.Ordinal))
        {
            builder.Services.AddSingleton<IChatBot, FaqBot>();
            return builder;
        }

        builder.Services.AddConfidantDemoBackends();
        builder.Services.AddConfidantHttpBackends(builder.Configuration);
        builder.Services.AddSingleton<IActionGate, StepUpActionGate>();
        builder.Services.AddSingleton(sp =>
        {
            var pack = PackLoader.Load(Path.Combine(options.EffectiveBotsFolder, options.Bot));
            var time = sp.GetRequiredService<TimeProvider>();
            IEnumerable<IBotAction> actions =
            [
                .. BankingActions.All(sp.GetRequiredService<Confidant.Dialog.Backends.Banking.IBankingBackend>()),
                .. RetailActions.All(sp.GetRequiredService<Confidant.Dialog.Backends.Retail.IRetailBackend>()),
                .. HealthcareActions.All(sp.GetRequiredService<Confidant.Dialog.Backends.Healthcare.IHealthcareBackend>(), time),
            ];
            return new DialogEngine(pack, actions, sp.GetRequiredService<IActionGate>(), time);
        });
        builder.Services.AddSingleton<IChatBot, DialogBot>();
        return builder;
    }
}
