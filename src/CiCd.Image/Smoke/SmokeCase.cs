namespace CiCd.Image.Smoke;

/// <summary>What the smoke test sends and expects: the test split as CSV and the in-process probabilities of every row.</summary>
/// <param name="CsvBody">Header of the model's features, then one line per test row, values as in the dataset file.</param>
/// <param name="Lines">The dataset line of each row, for messages.</param>
/// <param name="Classes">Class names in model order.</param>
/// <param name="Expected">In-process probabilities, one array per row in <paramref name="Classes"/> order.</param>
/// <param name="DriftReport">The test rows' drift report (drift.json) for the container's /dashboard; null: the dashboard's charts go unchecked.</param>
public sealed record SmokeCase(string CsvBody, IReadOnlyList<int> Lines, IReadOnlyList<string> Classes, double[][] Expected, string? DriftReport);
