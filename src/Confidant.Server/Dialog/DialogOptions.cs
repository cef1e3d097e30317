namespace Confidant.Server.Dialog;

/// <summary>Which bot the chat runs (configuration section <c>Confidant:Dialog</c>).</summary>
public sealed class DialogOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Dialog";

    /// <summary>The bot pack the web chat talks to: <c>banking</c>, <c>retail</c> or <c>healthcare</c> (or your own).</summary>
    public string Bot { get; set; } = "banking";

    /// <summary>The folder of bot packs; by default <c>bots/</c> beside the server.</summary>
    public string? BotsFolder { get; set; }

    /// <summary>The folder in use.</summary>
    public string EffectiveBotsFolder => BotsFolder ?? Path.Combine(AppContext.BaseDirectory, "bots");
}
