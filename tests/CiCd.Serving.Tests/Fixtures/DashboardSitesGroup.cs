namespace CiCd.Serving.Tests.Fixtures;

/// <summary>The test classes that share <see cref="DashboardSites"/>: one browser and one site of each kind for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardSitesGroup : ICollectionFixture<DashboardSites>
{
    public const string Name = "dashboard sites";
}
