using System.Text.RegularExpressions;

namespace CiCd.Testing;

/// <summary>
/// Shipped configs made fast to train, their data paths made absolute: the German credit mlops.yaml with one
/// logistic-regression setting and two folds, and the diabetes example (task: regression) with one LightGBM setting.
/// Everything else (schema, gates, drift and monitor sections) stays as shipped.
/// </summary>
public static partial class TinyConfig
{
    /// <summary>The shipped mlops.yaml, its drift section replaced by <paramref name="drift"/> when given.</summary>
    public static string Text(string? drift = null)
    {
        var text = File.ReadAllText(RepositoryRoot.PathOf("mlops.yaml"))
            .Replace("path: data/raw/german_credit.csv", $"path: {RepositoryRoot.PathOf("data/raw/german_credit.csv")}", StringComparison.Ordinal)
            .Replace("folds: 5", "folds: 2", StringComparison.Ordinal);
        text = Candidates().Replace(text, "  candidates:\n    - trainer: logistic_regression\n      space:\n        l2_regularization: [1]\n\n");
        return drift is null ? text : DriftSection().Replace(text, drift);
    }

    /// <summary>The diabetes example's config with <paramref name="section"/> appended (a top-level YAML block such as a monitor section).</summary>
    public static string Diabetes(string section = "")
    {
        var text = File.ReadAllText(RepositoryRoot.PathOf("examples/diabetes/mlops.yaml"))
            .Replace("path: ../../data/raw/diabetes.csv", $"path: {RepositoryRoot.PathOf("data/raw/diabetes.csv")}", StringComparison.Ordinal)
            .Replace("folds: 5", "folds: 2", StringComparison.Ordinal);
        return DiabetesCandidates().Replace(text, "  candidates:\n    - trainer: light_gbm\n      space:\n        number_of_leaves: [4]\n" +
            "        number_of_iterations: [60]\n        learning_rate: [0.05]\n        minimum_example_count_per_leaf: [20]\n\n") + section;
    }

    [GeneratedRegex(@"  candidates:\n.*?\n(?=# A candidate)", RegexOptions.Singleline)]
    private static partial Regex Candidates();

    [GeneratedRegex(@"  candidates:\n.*?\n\n", RegexOptions.Singleline)]
    private static partial Regex DiabetesCandidates();

    [GeneratedRegex(@"^drift:\n(?:(?:  .*|\s*#.*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex DriftSection();
}
