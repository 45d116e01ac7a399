namespace CiCd.Configuration;

/// <summary>How candidates are trained, compared and chosen.</summary>
/// <param name="Seed">The one seed every random choice derives from.</param>
/// <param name="TestFraction">Share of rows held out (stratified) for the final test.</param>
/// <param name="Folds">Stratified cross-validation folds on the training split.</param>
/// <param name="PrimaryMetric">The metric that selects the candidate.</param>
/// <param name="Candidates">Trainers and their search spaces.</param>
/// <param name="CostMatrix">Misclassification costs (empty: every error costs 1).</param>
public sealed record TrainingConfig(
    int Seed,
    double TestFraction,
    int Folds,
    string PrimaryMetric,
    IReadOnlyList<CandidateConfig> Candidates,
    IReadOnlyList<CostEntry> CostMatrix)
{
    /// <summary>For regression, how the target is transformed before training (inverted on every prediction).</summary>
    public TargetTransform TargetTransform { get; init; } = TargetTransform.None;

    /// <summary>How many matrix jobs CI splits the search over (1: one job). Not an input of the result, so not hashed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Shards { get; init; } = 1;
}
