using Microsoft.Extensions.Logging;

namespace Confidant.Audit;

/// <summary>Log messages of the audit ledger, with stable event ids (4000-4099). Arguments are counts, sizes and codes, never event content.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Error, "Writing {Count} audit entries failed; the callers are told and nothing of the batch was stored")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);
}
