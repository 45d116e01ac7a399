using CiCd.Serving.Model;
using CiCd.Train;

namespace CiCd.Serving.Apis;

/// <summary>
/// What <c>/v1/model</c> answers: identity, where it was loaded from (and, for a registered model, the registry, name and
/// alias followed), input schema, headline metrics, the decision threshold in use (binary models; null for multiclass) and the whole card.
/// </summary>
public sealed record ModelDescription(
    ModelIdentity Model,
    string Source,
    DateTimeOffset LoadedUtc,
    string Sha256,
    IReadOnlyList<InputField> Inputs,
    IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, double> Metrics,
    double? DecisionThreshold,
    ModelCard Card,
    RegistryOrigin? Registry);
