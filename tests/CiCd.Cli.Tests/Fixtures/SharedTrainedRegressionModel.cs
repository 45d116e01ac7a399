namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Tests that share one trained regression model.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTrainedRegressionModel : ICollectionFixture<TrainedRegressionModel>
{
    public const string Name = "trained regression model";
}
