namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The engine tests that build and push images of their own (lifecycle) and the regression smoke checks (whose image no
/// other test runs) share one engine and registry and run one after another. The other engine tests form
/// <see cref="SecondEngineTestGroup"/>: two chains side by side, of about the same length.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EngineTestGroup : ICollectionFixture<ImageEnvironment>
{
    public const string Name = "docker engine";
}
