using CiCd.Configuration;

namespace CiCd.Train;

/// <summary>How a model was trained: seed, split, folds, selection metric, costs and the config hash.</summary>
public sealed record CardTraining(int Seed, double TestFraction, int Folds, string PrimaryMetric, IReadOnlyList<CostEntry> CostMatrix, string ConfigHash, string CacheKey);
