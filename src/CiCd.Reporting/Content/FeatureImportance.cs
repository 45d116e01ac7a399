namespace CiCd.Reporting.Content;

/// <summary>
/// One feature's importance: the mean drop of the metric over the repeats (positive means the model relies
/// on the feature; the sign already accounts for metrics where lower is better) and its standard deviation.
/// </summary>
public sealed record FeatureImportance(string Feature, double MeanDrop, double Spread, double[] Drops);
