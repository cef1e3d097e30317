using Microsoft.Extensions.Logging;

namespace Confidant.Identity.Data;

/// <summary>Log messages of the identity database, with stable event ids (5200-5209): counts only, never an account's values.</summary>
internal static partial class Log
{
    [LoggerMessage(5200, LogLevel.Information, "Sealed the name, address and phone of {Count} accounts written in clear by an earlier version")]
    public static partial void RowsSealed(ILogger logger, int count);

    [LoggerMessage(5201, LogLevel.Warning, "{Count} accounts written in clear could not be sealed (another account has the same address, or the row changed meanwhile); they stay findable and are tried again at the next start")]
    public static partial void RowsNotSealed(ILogger logger, int count);

    [LoggerMessage(5202, LogLevel.Warning, "The clear values replaced at start-up stay in the SQLite log until its next checkpoint (other connections kept this one from finishing)")]
    public static partial void ClearRowsNotPurged(ILogger logger);

    [LoggerMessage(5203, LogLevel.Warning, "The deleted account stays in the SQLite log until its next checkpoint (other connections kept this one from finishing)")]
    public static partial void DeletedAccountNotPurged(ILogger logger);
}
