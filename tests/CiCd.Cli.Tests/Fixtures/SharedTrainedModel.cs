namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Tests that share one trained model (training takes seconds; once is enough).</summary>
[CollectionDefinition(Name)]
public sealed class SharedTrainedModel : ICollectionFixture<TrainedModel>
{
    public const string Name = "trained model";
}
