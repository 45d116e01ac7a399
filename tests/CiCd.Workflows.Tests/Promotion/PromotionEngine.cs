using CiCd.Image.Tests.Fixtures;

namespace CiCd.Workflows.Tests.Promotion;

/// <summary>One private Docker engine, registry, base image and published service for the promotion test.</summary>
[CollectionDefinition(Name)]
public sealed class PromotionEngine : ICollectionFixture<ImageEnvironment>
{
    public const string Name = "promotion on a docker engine";
}
