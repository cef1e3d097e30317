namespace Confidant.Dialog.Packs;

/// <summary>
/// A bot pack that cannot be loaded. Each error names the file, the line and the field
/// (<c>bots/banking/bot.yaml:12: flows.transfer.slots[1]: no slot 'payee' is declared</c>).
/// </summary>
public sealed class PackLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    public PackLoadException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one message and its cause.</summary>
    public PackLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Creates the exception with every error found.</summary>
    public PackLoadException(IReadOnlyList<string> errors)
        : base(errors is { Count: > 0 } ? "CONF-DLG-001: the bot pack is not valid:\n" + string.Join('\n', errors) : "CONF-DLG-001: the bot pack is not valid.")
    {
        Errors = errors ?? [];
    }

    /// <summary>The errors, one per line.</summary>
    public IReadOnlyList<string> Errors { get; }
}
