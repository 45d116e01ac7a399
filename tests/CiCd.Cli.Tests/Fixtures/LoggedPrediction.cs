namespace CiCd.Cli.Tests.Fixtures;

/// <summary>One row of a prediction log as the builders write it; <see cref="Probabilities"/> is null for a regression row.</summary>
public sealed record LoggedPrediction(string Time, string RequestId, string Inputs, string Label, double Score, string? Probabilities);
