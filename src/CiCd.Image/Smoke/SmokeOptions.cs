namespace CiCd.Image.Smoke;

/// <summary>How the smoke test runs: which image, how long it may take to become ready, how close answers must be.</summary>
/// <param name="Image">The image reference to run.</param>
/// <param name="ReadyTimeout">Longest wait for /health/ready before the container is declared dead.</param>
/// <param name="Tolerance">Largest allowed absolute difference between served and in-process probabilities (a regression model: predicted values).</param>
public sealed record SmokeOptions(string Image, TimeSpan ReadyTimeout, double Tolerance);
