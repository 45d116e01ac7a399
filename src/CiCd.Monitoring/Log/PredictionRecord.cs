namespace CiCd.Monitoring.Log;

/// <summary>
/// One logged prediction: when, which model, the request's inputs and the model's answer (JSON text as logged), and
/// the replica that answered (null in logs written before replicas were kept).
/// </summary>
public sealed record PredictionRecord(
    DateTimeOffset Timestamp,
    string ModelName,
    string ModelVersion,
    string RequestId,
    string InputsJson,
    string? OutputLabel,
    string? OutputJson,
    string? ReplicaId = null);
