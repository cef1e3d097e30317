using Confidant.Storage;
using Confidant.Testing;

namespace Confidant.Identity.Tests.Harness;

/// <summary>
/// Base of test classes that run on each provider: a fresh <see cref="IdentityHarness"/> per test
/// on the options the subclass gives (null skips the test: no PostgreSQL here).
/// </summary>
public abstract class ProviderTests : IAsyncLifetime
{
    private IdentityHarness? _harness;

    protected IdentityHarness Harness => _harness ?? throw new SkipException("no database");

    protected abstract Task<StorageOptions?> OptionsAsync();

    public async Task InitializeAsync()
    {
        if (await OptionsAsync() is { } options)
        {
            _harness = await IdentityHarness.CreateAsync(options);
        }
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    /// <summary>The SQLite options (a database in the harness's folder).</summary>
    protected static Task<StorageOptions?> SqliteAsync() => Task.FromResult<StorageOptions?>(new StorageOptions { Provider = StorageProvider.Sqlite });

    /// <summary>A database of its own on the shared cluster; null (skip) without PostgreSQL's binaries, except under CI.</summary>
    protected static async Task<StorageOptions?> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.UnavailableReason is not null)
        {
            return PostgresServer.IsCi ? throw new InvalidOperationException("CI requires PostgreSQL: " + server.UnavailableReason) : null;
        }

        return new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() };
    }
}
