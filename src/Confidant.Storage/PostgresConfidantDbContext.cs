using Microsoft.EntityFrameworkCore;

namespace Confidant.Storage;

/// <summary>The database on PostgreSQL (scale-out); carries the PostgreSQL migrations.</summary>
public sealed class PostgresConfidantDbContext : ConfidantDbContext
{
    /// <summary>Creates the context.</summary>
    public PostgresConfidantDbContext(DbContextOptions<PostgresConfidantDbContext> options)
        : base(options)
    {
    }
}
