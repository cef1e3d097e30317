using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Confidant.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConfidantDbContext>
{
    public PostgresConfidantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresConfidantDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
