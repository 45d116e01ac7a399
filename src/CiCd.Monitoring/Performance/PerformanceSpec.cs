using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Performance;

/// <summary>What measuring performance on labelled rows needs: the model's task, classes and threshold, the cost matrix and the gate thresholds.</summary>
/// <param name="Prediction">Classes and decision threshold.</param>
/// <param name="Costs">The config's cost matrix (for expected cost).</param>
/// <param name="Gates">The gate thresholds the metrics are held to.</param>
/// <param name="MinLabelledRows">
/// Windows with fewer labelled rows are not scored: below ~50 rows an AUC moves by more than 0.05
/// from one sample to the next, which is as large as the gates' margins. The same minimum holds for a regression.
/// </param>
public sealed record PerformanceSpec(PredictionSpec Prediction, CostModel Costs, IReadOnlyList<ThresholdRule> Gates, int MinLabelledRows = 50);
