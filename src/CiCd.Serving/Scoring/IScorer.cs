namespace CiCd.Serving.Scoring;

/// <summary>Scores rows into class probabilities. Not thread-safe (buffers are reused): the served model pools scorers.</summary>
internal interface IScorer : IDisposable
{
    /// <summary>
    /// Writes the class probabilities of <paramref name="count"/> rows from <paramref name="start"/> into
    /// <paramref name="probabilities"/>, one row after another.
    /// </summary>
    void Score(IReadOnlyList<FeatureRow> rows, int start, int count, Span<double> probabilities);
}
