using Microsoft.Extensions.Logging;

namespace Confidant.Redaction;

/// <summary>
/// Every log event of Confidant.Redaction, source-generated, with stable event ids in 1100-1199
/// (Confidant.Protection uses 2001-2099): never renumber or reuse one; add new events at the end.
/// Arguments are counts, codes, class names and exception type names: never values, never message
/// text, never exception messages (a failing component may have put a value in one).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1101, EventName = "PolicyLoaded", Level = LogLevel.Information,
        Message = "Privacy policy loaded: profiles {Profiles}; {SinkCount} sinks")]
    public static partial void PolicyLoaded(ILogger logger, string profiles, int sinkCount);

    [LoggerMessage(EventId = 1102, EventName = "MessageAccepted", Level = LogLevel.Debug,
        Message = "Message accepted: {FindingCount} values in classes {Classes}; {TokenCount} tokenized; shaped for {SinkCount} sinks")]
    public static partial void MessageAccepted(ILogger logger, int findingCount, string classes, int tokenCount, int sinkCount);

    [LoggerMessage(EventId = 1103, EventName = "MessageBlocked", Level = LogLevel.Information,
        Message = "Message blocked ({Codes}): classes {Classes}; nothing of it was kept")]
    public static partial void MessageBlocked(ILogger logger, string codes, string classes);

    [LoggerMessage(EventId = 1104, EventName = "DetectionFailed", Level = LogLevel.Error,
        Message = "Detection failed with {ExceptionType}; message refused with {Code}")]
    public static partial void DetectionFailed(ILogger logger, string exceptionType, string code);

    [LoggerMessage(EventId = 1105, EventName = "PolicyFailed", Level = LogLevel.Error,
        Message = "Policy evaluation failed with {ExceptionType}; message refused with {Code}")]
    public static partial void PolicyFailed(ILogger logger, string exceptionType, string code);

    [LoggerMessage(EventId = 1106, EventName = "TokenizationFailed", Level = LogLevel.Error,
        Message = "Tokenization of a {DataClass} failed with {ExceptionType}; message refused with {Code}")]
    public static partial void TokenizationFailed(ILogger logger, string dataClass, string exceptionType, string code);

    [LoggerMessage(EventId = 1107, EventName = "ReplyReidentified", Level = LogLevel.Debug,
        Message = "Reply re-identified: {Replaced} placeholders restored, {Unknown} not in the conversation's table")]
    public static partial void ReplyReidentified(ILogger logger, int replaced, int unknown);
}
