using Confidant.Audit;
using Confidant.Audit.Checkpoints;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>The tree size the proof commands use when none is given: the latest signed checkpoint's, the size auditors hold a root for.</summary>
internal static class LatestCheckpoint
{
    /// <summary>
    /// The latest stored checkpoint's size. Read without checking the signature: it only picks the
    /// size, and the proof printed holds or fails against the root the auditor has for that size.
    /// Throws <see cref="AuditException"/> <see cref="AuditErrorCodes.NoCheckpoint"/> when there is none.
    /// </summary>
    public static async Task<long> SizeAsync(IServiceProvider services, string option)
    {
        var note = await services.GetRequiredService<CheckpointService>().GetLatestAsync().ConfigureAwait(false)
            ?? throw new AuditException(AuditErrorCodes.NoCheckpoint, $"the log has no signed checkpoint to take the size from; give {option}, or make one with `confidant audit checkpoint --new`.");
        return Checkpoint.Parse(SignedNote.Parse(note).Text).Size;
    }
}
