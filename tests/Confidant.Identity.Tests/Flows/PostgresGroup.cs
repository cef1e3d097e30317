using Confidant.Testing;

namespace Confidant.Identity.Tests.Flows;

/// <summary>Test classes in this collection share one throwaway PostgreSQL cluster (a database each).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
