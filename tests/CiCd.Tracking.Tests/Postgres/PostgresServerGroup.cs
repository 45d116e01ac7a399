namespace CiCd.Tracking.Tests.Postgres;

[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
