using CiCd.Serving.Model;

namespace CiCd.Serving.Apis;

/// <summary>A probe's answer: live or ready, and the model serving (when one is).</summary>
public sealed record HealthStatus(string Status, ModelIdentity? Model);
