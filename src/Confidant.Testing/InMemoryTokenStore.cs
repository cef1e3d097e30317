using Confidant.Protection.Vault;

namespace Confidant.Testing;

/// <summary>An <see cref="ITokenStore"/> in memory, for tests of code above the store.</summary>
public sealed class InMemoryTokenStore : ITokenStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, VaultEntry> _byToken = new(StringComparer.Ordinal);

    /// <summary>How many entries are stored.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byToken.Count;
            }
        }
    }

    /// <summary>Replaces an entry as is (for tamper tests).</summary>
    public void Overwrite(VaultEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _byToken[entry.Token] = entry;
        }
    }

    /// <inheritdoc />
    public ValueTask<VaultEntry?> FindByIndexAsync(string tenantId, string subjectId, string dataClass, byte[] blindIndex, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_byToken.Values.FirstOrDefault(e =>
                e.TenantId == tenantId && e.SubjectId == subjectId && e.DataClass == dataClass && e.BlindIndex.AsSpan().SequenceEqual(blindIndex)));
        }
    }

    /// <inheritdoc />
    public ValueTask<VaultEntry?> GetAsync(string tenantId, string token, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_byToken.TryGetValue(token, out var entry) && entry.TenantId == tenantId ? entry : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(VaultEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var clash = _byToken.Values.FirstOrDefault(e =>
                e.TenantId == entry.TenantId && e.SubjectId == entry.SubjectId && e.DataClass == entry.DataClass && e.BlindIndex.AsSpan().SequenceEqual(entry.BlindIndex));
            if (clash is not null)
            {
                if (clash.ExpiresAt > entry.CreatedAt)
                {
                    return ValueTask.FromResult(false);
                }

                _byToken.Remove(clash.Token);
            }

            return ValueTask.FromResult(_byToken.TryAdd(entry.Token, entry));
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var expired = _byToken.Values.Where(e => e.ExpiresAt <= now).Select(e => e.Token).ToList();
            foreach (var token in expired)
            {
                _byToken.Remove(token);
            }

            return ValueTask.FromResult(expired.Count);
        }
    }
}
