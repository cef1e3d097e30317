using Confidant.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Identity.Data;

/// <summary>The identity store on SQLite (the embedded default); carries the SQLite migrations.</summary>
public sealed class SqliteIdentityStoreContext : IdentityStoreContext
{
    /// <summary>Creates the context.</summary>
    public SqliteIdentityStoreContext(DbContextOptions<SqliteIdentityStoreContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteModelConventions.Apply(configurationBuilder);
}
