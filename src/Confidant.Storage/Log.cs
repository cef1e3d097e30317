using Microsoft.Extensions.Logging;

namespace Confidant.Storage;

/// <summary>Log messages of the storage library, with stable event ids (3000-3099). Arguments are kinds, codes and counts, never stored text.</summary>
internal static partial class Log
{
    [LoggerMessage(3003, LogLevel.Error, "A sealed {Kind} record failed to open ({Code}); it is reported as corrupted and the others are read")]
    public static partial void RecordCorrupted(ILogger logger, string kind, string code);

    [LoggerMessage(3004, LogLevel.Error, "Re-sealing a {Kind} record failed ({Code}); it is skipped and retried at the next run")]
    public static partial void ResealFailed(ILogger logger, string kind, string code);

    [LoggerMessage(3005, LogLevel.Error, "The key file was created just now, but the database holds {Count} data keys wrapped by another key-encryption key: the original key file is missing. Restore it; the new one was removed")]
    public static partial void KeyFileMissing(ILogger logger, int count);

    [LoggerMessage(3006, LogLevel.Warning, "An erased customer's destroyed key could not be purged from the SQLite log after {Attempts} checkpoint attempts (other connections kept it busy); the next checkpoint removes it")]
    public static partial void KeyPurgeIncomplete(ILogger logger, int attempts);
}
