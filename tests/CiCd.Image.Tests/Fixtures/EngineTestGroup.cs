namespace CiCd.Image.Tests.Fixtures;

/// <summary>The engine tests share one engine and registry and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EngineTestGroup : ICollectionFixture<ImageEnvironment>
{
    public const string Name = "docker engine";
}
