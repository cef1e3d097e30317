using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Confidant.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConfidantDbContext>
{
    public SqliteConfidantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteConfidantDbContext>().UseSqlite("Data Source=design.db").Options);
}
