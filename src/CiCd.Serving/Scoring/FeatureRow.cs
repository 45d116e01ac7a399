namespace CiCd.Serving.Scoring;

/// <summary>
/// One validated input row, indexed like the card's features: numeric features in <see cref="Numbers"/>
/// (NaN when missing), the others in <see cref="Texts"/> (null when missing).
/// </summary>
public sealed class FeatureRow(int width)
{
    /// <summary>Values of numeric features (unused slots stay 0).</summary>
    public float[] Numbers { get; } = new float[width];

    /// <summary>Values of categorical and ordinal features (unused slots stay null).</summary>
    public string?[] Texts { get; } = new string?[width];
}
