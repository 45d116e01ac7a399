namespace CiCd.Train.Regression;

/// <summary>A numeric target's distribution on the training split, for the model card and its readers.</summary>
public sealed record TargetSummary(int Count, double Mean, double StandardDeviation, double Min, double P05, double P25, double Median,
    double P75, double P95, double Max, double ZeroShare);
