namespace CiCd.Image.Smoke;

/// <summary>
/// What the smoke test sends and expects: the test split as CSV and the in-process probabilities of every row, or for a
/// regression model (no classes) its predicted value.
/// </summary>
/// <param name="CsvBody">Header of the model's features, then one line per test row, values as in the dataset file.</param>
/// <param name="Lines">The dataset line of each row, for messages.</param>
/// <param name="Classes">Class names in model order; empty for a regression model.</param>
/// <param name="Expected">In-process probabilities, one array per row in <paramref name="Classes"/> order; for a regression model one value per row.</param>
/// <param name="DriftReport">The test rows' drift report (drift.json) for the container's /dashboard; null: the dashboard's charts go unchecked.</param>
public sealed record SmokeCase(string CsvBody, IReadOnlyList<int> Lines, IReadOnlyList<string> Classes, double[][] Expected, string? DriftReport)
{
    /// <summary>Whether the model predicts a number (no classes) rather than class probabilities.</summary>
    public bool IsRegression => Classes.Count == 0;
}
