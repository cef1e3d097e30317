using Microsoft.Extensions.Logging;

namespace Confidant.Dialog.Backends;

/// <summary>
/// Log messages of the backend connectors, with stable event ids (6100-6149). Arguments are
/// operation names, error codes and HTTP statuses: never customer references, paths or payloads.
/// </summary>
internal static partial class BackendLog
{
    [LoggerMessage(6101, LogLevel.Warning, "Backend call {Operation} failed with {Code} (HTTP status {StatusCode})")]
    public static partial void CallFailed(ILogger logger, string operation, string code, int? statusCode);
}
