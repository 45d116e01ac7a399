using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.PredictionLog;

/// <summary>One logged prediction, kept as values: the background writer turns it into JSON, off the request path.</summary>
public sealed record PredictionRecord(
    DateTimeOffset Timestamp,
    ModelIdentity Model,
    string RequestId,
    int Row,
    string Endpoint,
    FeatureSchema Schema,
    FeatureRow Inputs,
    IReadOnlyList<string> Classes,
    Prediction Prediction);
