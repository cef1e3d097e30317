using Microsoft.EntityFrameworkCore;

namespace Confidant.Identity.Data;

/// <summary>The identity store on PostgreSQL; carries the PostgreSQL migrations.</summary>
public sealed class PostgresIdentityStoreContext : IdentityStoreContext
{
    /// <summary>Creates the context.</summary>
    public PostgresIdentityStoreContext(DbContextOptions<PostgresIdentityStoreContext> options)
        : base(options)
    {
    }
}
