namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The engine tests that run the shared serving image of the credit model (smoke checks, the refused push, the three
/// replicas: one build of that image serves them all) and the plain build, one after another but beside
/// <see cref="EngineTestGroup"/> on the same engine and registry (<see cref="ImageEnvironment"/>): in one chain they were
/// the longest path of the test run, mostly waiting on containers.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondEngineTestGroup : ICollectionFixture<ImageEnvironment>
{
    public const string Name = "docker engine, second";
}
