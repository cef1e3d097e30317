using Microsoft.Extensions.Logging;

namespace Confidant.Audit;

/// <summary>Log messages of the audit ledger, with stable event ids (4000-4099). Arguments are counts, sizes and codes, never event content.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Error, "Writing {Count} audit entries failed; the callers are told and nothing of the batch was stored")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(4002, LogLevel.Information, "Signed a checkpoint of the audit log at size {Size}")]
    public static partial void CheckpointSigned(ILogger logger, long size);

    [LoggerMessage(4003, LogLevel.Information, "The witness cosigned the checkpoint at size {Size} ({Count} cosignatures)")]
    public static partial void WitnessCosigned(ILogger logger, long size, int count);

    [LoggerMessage(4004, LogLevel.Warning, "The witness did not cosign the checkpoint at size {Size} ({Code}, HTTP {Status}); it is retried with the next checkpoint")]
    public static partial void WitnessFailed(ILogger logger, long size, string code, int status);

    [LoggerMessage(4005, LogLevel.Error, "Making the scheduled audit checkpoint failed; it is retried at the next interval")]
    public static partial void ScheduledCheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(4006, LogLevel.Critical, "Refused to sign a checkpoint at size {Size}: {Reason} ({Code}). The stored audit log may have been altered; run `confidant audit verify`")]
    public static partial void RefusedToSign(ILogger logger, long size, string reason, string code);
}
