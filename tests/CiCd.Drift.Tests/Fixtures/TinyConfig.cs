using System.Text.RegularExpressions;

namespace CiCd.Drift.Tests.Fixtures;

/// <summary>
/// The shipped mlops.yaml made fast to train: one logistic-regression setting and two folds, the data
/// path made absolute. Everything else (schema, gates, drift section) stays as shipped.
/// </summary>
public static partial class TinyConfig
{
    public static string Text(string? drift = null)
    {
        var text = File.ReadAllText(Repository.ShippedConfig)
            .Replace("path: data/raw/german_credit.csv", $"path: {Repository.GermanCredit}", StringComparison.Ordinal)
            .Replace("folds: 5", "folds: 2", StringComparison.Ordinal);
        text = Candidates().Replace(text, "  candidates:\n    - trainer: logistic_regression\n      space:\n        l2_regularization: [1]\n\n");
        return drift is null ? text : DriftSection().Replace(text, drift);
    }

    [GeneratedRegex(@"  candidates:\n.*?\n(?=# A candidate)", RegexOptions.Singleline)]
    private static partial Regex Candidates();

    [GeneratedRegex(@"^drift:\n(?:(?:  .*|\s*#.*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex DriftSection();
}
