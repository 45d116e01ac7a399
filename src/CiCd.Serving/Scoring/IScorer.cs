namespace CiCd.Serving.Scoring;

/// <summary>
/// Scores rows into class probabilities, or for a regression model into the model's one raw output (before the target
/// transform is inverted). Not thread-safe (buffers are reused): the served model pools scorers.
/// </summary>
internal interface IScorer : IDisposable
{
    /// <summary>
    /// Writes the outputs of <paramref name="count"/> rows from <paramref name="start"/> into <paramref name="probabilities"/>,
    /// one row after another (as many per row as the model has classes, one for regression).
    /// </summary>
    void Score(IReadOnlyList<FeatureRow> rows, int start, int count, Span<double> probabilities);
}
