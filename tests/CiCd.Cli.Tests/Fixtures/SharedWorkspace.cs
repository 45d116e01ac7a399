using CiCd.Testing.Workspace;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Tests that share one trained workspace (training takes seconds; do it once).</summary>
[CollectionDefinition(Name)]
public sealed class SharedWorkspace : ICollectionFixture<TrainedWorkspace>
{
    public const string Name = "trained workspace";
}
