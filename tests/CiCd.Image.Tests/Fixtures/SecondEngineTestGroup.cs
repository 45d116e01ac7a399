namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The engine tests that run the shared serving image of the credit model (smoke checks, the refused push, the three
/// replicas: one build of that image serves them all) and the plain build, on an
/// engine and registry of their own, one after another but beside <see cref="EngineTestGroup"/>: in one chain they were
/// the longest path of the test run, mostly waiting on containers, and a second engine costs seconds (the base image
/// comes from the machine's cache, the publish output and the trained models are shared by the whole process).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondEngineTestGroup : ICollectionFixture<ImageEnvironment>
{
    public const string Name = "docker engine, second";
}
