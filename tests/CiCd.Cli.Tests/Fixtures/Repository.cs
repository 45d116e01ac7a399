using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Files of the repository the tests read: the shipped config and the German credit data.</summary>
public static class Repository
{
    public static string ShippedConfig => RepositoryRoot.PathOf("mlops.yaml");

    public static string GermanCredit => RepositoryRoot.PathOf("data/raw/german_credit.csv");
}
