namespace CiCd.Configuration;

/// <summary>One trainer to try, with the values each of its hyperparameters may take.</summary>
/// <param name="Trainer">The trainer's name as written in mlops.yaml (e.g. <c>light_gbm</c>).</param>
/// <param name="Search">Grid or random.</param>
/// <param name="Trials">For random search, how many combinations.</param>
/// <param name="Space">Hyperparameter name → values to try (names checked against the trainer).</param>
public sealed record CandidateConfig(
    string Trainer,
    SearchStrategy Search,
    int Trials,
    IReadOnlyDictionary<string, IReadOnlyList<double>> Space);
