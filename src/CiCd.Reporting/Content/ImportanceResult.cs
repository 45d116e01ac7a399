namespace CiCd.Reporting.Content;

/// <summary>Permutation importance on the test split: how much the primary metric drops when one feature is shuffled.</summary>
public sealed record ImportanceResult(string Metric, double Baseline, int Repeats, int Seed, int Rows, IReadOnlyList<FeatureImportance> Features);
