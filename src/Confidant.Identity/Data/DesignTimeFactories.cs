using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Identity.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite identity context without a host.</summary>
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityStoreContext>
{
    public SqliteIdentityStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIdentityStoreContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(IdentityStoreContext.MigrationsHistoryTable))
            .UseApplicationServiceProvider(DesignTimeServices.Provider)
            .Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL identity context without a host.</summary>
internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityStoreContext>
{
    public PostgresIdentityStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIdentityStoreContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(IdentityStoreContext.MigrationsHistoryTable))
            .UseApplicationServiceProvider(DesignTimeServices.Provider)
            .Options);
}

/// <summary>
/// Identity reads its schema version from the host's options; at design time there is no host, so
/// this gives it the same version 3 (with passkeys) that the server configures.
/// </summary>
internal static class DesignTimeServices
{
    public static IServiceProvider Provider { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
