using Confidant.Protection;
using Confidant.Protection.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Confidant.Storage.Keys;

/// <summary>
/// At start-up, refuses to run when the local key file was just created although the database
/// holds data keys wrapped by another key-encryption key: the original key file is missing (deleted,
/// or the database was copied without it). Running on would leave the old data unreadable and wrap
/// new data under a key that does not match the backups. The new, empty key file is removed so
/// that restoring the original is all it takes.
/// </summary>
public sealed class KeyFileGuard(IKeyEncryptionKeyProvider provider, ConfidantDbFactory factory, ILogger<KeyFileGuard> logger) : IHostedService
{
    /// <summary>Throws <see cref="ProtectionException"/> (<c>CONF-KEY-001</c>) when the original key file is missing.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider is not LocalKeyFileProvider { CreatedOnOpen: true } keyFile)
        {
            return;
        }

        var current = await provider.GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        var db = await factory.CreateAsync(cancellationToken).ConfigureAwait(false);
        int orphaned;
        await using (db.ConfigureAwait(false))
        {
            orphaned = await db.DataKeys.CountAsync(k => k.KeyEncryptionKeyId != current, cancellationToken).ConfigureAwait(false);
        }

        if (orphaned == 0)
        {
            return;
        }

        Log.KeyFileMissing(logger, orphaned);
        keyFile.Dispose();
        File.Delete(keyFile.KeyFilePath);
        throw new ProtectionException(
            ProtectionErrorCodes.KeyFileUnreadable,
            $"the key file '{keyFile.KeyFilePath}' was missing, but the database holds {orphaned} data keys wrapped by the original one. Restore the original key file (from your backup) and start again; without it the stored data cannot be read.");
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
