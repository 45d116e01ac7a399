using CiCd.Serving.Model;

namespace CiCd.Serving.Apis;

/// <summary>The answer for one record: the decided label, its score, every class's probability, and which model answered with which threshold.</summary>
public sealed record PredictionResponse(string Label, double Score, IReadOnlyDictionary<string, double> Probabilities, AnsweringModel Model);
