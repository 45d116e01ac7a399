namespace CiCd.Configuration;

/// <summary>The cost of predicting <paramref name="Predicted"/> when the truth is <paramref name="Actual"/>.</summary>
public sealed record CostEntry(string Actual, string Predicted, double Cost);
