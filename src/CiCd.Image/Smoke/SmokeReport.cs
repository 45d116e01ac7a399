namespace CiCd.Image.Smoke;

/// <summary>The outcome of one smoke test, printed as a table and written as JSON.</summary>
public sealed record SmokeReport(
    string Image,
    string ImageId,
    double StartToReadySeconds,
    int Rows,
    int Mismatches,
    double MaxDifference,
    double Tolerance,
    double PredictionsCounted,
    int DashboardCharts,
    IReadOnlyList<string> Problems)
{
    /// <summary>Whether every check passed.</summary>
    public bool Passed => Problems.Count == 0;
}
