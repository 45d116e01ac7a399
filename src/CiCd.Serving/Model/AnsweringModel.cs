namespace CiCd.Serving.Model;

/// <summary>
/// Which model answered a prediction, and the decision threshold it applied to the positive-class probability
/// (binary models; null for multiclass), so a client can tell why a score became its label.
/// </summary>
public sealed record AnsweringModel(string Name, string Version, double? DecisionThreshold)
{
    /// <summary>The answering model of <paramref name="model"/>.</summary>
    public static AnsweringModel Of(ServedModel model) => new(model.Identity.Name, model.Identity.Version, model.DecisionThreshold);
}
