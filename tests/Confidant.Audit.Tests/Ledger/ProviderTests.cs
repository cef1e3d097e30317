using Confidant.Storage;

namespace Confidant.Audit.Tests.Ledger;

/// <summary>
/// A test class that runs on one database provider with a fresh <see cref="AuditHarness"/> per
/// test; the derived classes say which provider (see <see cref="Databases"/>).
/// </summary>
public abstract class ProviderTests : IAsyncLifetime
{
    private AuditHarness? _harness;
    private string? _skipReason;

    protected AuditHarness H => _harness ?? throw new InvalidOperationException("not initialised");

    /// <summary>Options for a fresh, empty database; null when the provider is unavailable (the reason is skipped with).</summary>
    protected abstract Task<(StorageOptions? Options, string? SkipReason)> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        var (options, reason) = await CreateDatabaseAsync();
        _skipReason = reason;
        if (options is not null)
        {
            _harness = AuditHarness.Create(options);
        }
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    protected void SkipIfUnavailable() => Skip.If(_harness is null, _skipReason);
}
